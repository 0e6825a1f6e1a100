/** Words of 导出表格 (any grid written to a workbook as shown on screen). */
export const gridExportMessages = {
  'gridExport.button': '导出表格',
  'gridExport.busy': '正在导出…',
  'gridExport.sheet': '表格',
  'gridExport.fileName': '{title}.xlsx',
  'gridExport.title.roster': '人员名册',
  'gridExport.title.results': '考核结果',
  'gridExport.title.ratings': '评分汇总',
  'gridExport.title.progress': '填报进度',
  'gridExport.title.appeals': '复核申诉',
  'gridExport.title.uses': '结果运用清单',
  'gridExport.title.history': '历年考核结果',
  'gridExport.title.penalties': '处分记录',
}
