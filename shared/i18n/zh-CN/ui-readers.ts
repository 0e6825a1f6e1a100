/**
 * Words a screen shows in place of a call to action, to a role that may not take that action
 * (部门领导, 只读): the empty state or hint says how things stand and who does the work, not to do it.
 */
export const uiReaders = {
  'ui.period.needOneReader': '还没有考核周期。考核工作人员新建后即可在此查看。',
  'ui.dashboard.noPeriodReader': '尚无考核周期。考核工作人员新建后，这里显示周期的进度和结果。',
  'ui.dashboard.flagsHintReader': '由考核工作人员在“评分 → 交叉核查”中逐条确认或剔除。',
  'ui.dashboard.okr.emptyReader': '还没有目标与关键结果。录入后，这里会列出落后于时间进度的关键结果。',
  'ui.org.noDepartmentsReader': '尚无部门：考核工作人员导入名册后即可查看。',
  'ui.history.emptyReader': '尚无历史等次。',
  'ui.scheme.emptyReader': '还没有指标体系。考核工作人员导入或新建后即可在此查看。',
  'ui.versions.frozenBannerReader': '第 {version} 版已被考核周期 {period} 开启使用并冻结，只能查看，不能修改。',
  'ui.okr.emptyReader': '还没有目标与关键结果。',
  'ui.entry.helpReader': '按评价主体和评价人查看录入的分数（只读）；灰色格表示该指标不适用。',
  'ui.flags.helpReader': '核查标记不会自动改变任何分数：由考核工作人员逐条“确认”（属实，保留记录）或“排除”（该评价不计入），并写明理由。',
  'ui.results.notComputedReader': '本周期尚未计算，考核工作人员计算后即可查看结果。',
  'ui.report.computeFirstReader': '本周期尚未计算结果，考核工作人员计算后即可导出。',
  'ui.report.departments.notComputedReader': '本周期尚未计算结果，计算后即可导出部门汇总。',
  'ui.report.templatesHintReader': '考核工作人员按模板填写后导入；列名也可使用常见的同义写法。',
  'ui.decide.notice.noneReader': '本周期尚未发布公示。',
  'ui.decide.final.waitReader': '公示期至 {end} 结束；期满且复核、申诉均已办结后即可定档。',
  'ui.decide.final.mayReader': '公示期已满。复核、申诉均已办结后即可定档。',
  'ui.decide.deptGrades.noneReader': '还没有部门。',
}
