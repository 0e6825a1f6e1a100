/** Words of 导出表格 (any grid written to a workbook as shown on screen). */
export const gridExportMessages = {
  'gridExport.button': '导出表格',
  'gridExport.busy': '正在导出…',
  'gridExport.nothingLeft': '去掉敏感信息后表格中没有可导出的列。',
  'gridExport.sheet': '表格',
  // a sheet read on its own must say which period it is: the titles name it
  'gridExport.title.roster': '人员名册',
  'gridExport.title.results': '{period}结果',
  'gridExport.title.ratings': '{period}评分汇总',
  'gridExport.title.entry': '{period}评分录入（{role}：{rater}）',
  'gridExport.title.flags': '{period}交叉核查',
  'gridExport.title.progress': '{period}环节进度',
  'gridExport.title.people': '{period}参加人员',
  'gridExport.title.periods': '考核周期',
  'gridExport.title.appeals': '{period}复核申诉',
  'gridExport.title.uses': '{year}年结果运用：{list}',
  'gridExport.title.history': '历年考核结果',
  'gridExport.title.penalties': '处分记录',
  'gridExport.title.scheme': '指标体系“{name}”第 {version} 版',
  'gridExport.stageState': '{stage}：{state}',
}
