/** 交叉核查 before and after its first run: a count of 0 means nothing only once the check has run. */
export const flagsRunMessages = {
  'method.flags-last-run': '查看交叉核查时间',
  'ui.flags.notRun': '本周期还没有做过交叉核查：核查会找出对所有人打同一分或满分、明显偏离他人、自评明显高于他评等情况。',
  'ui.flags.notRunReader': '本周期还没有做过交叉核查，由考核工作人员运行。',
  'ui.flags.runFirst': '开始核查',
  'ui.flags.lastRun': '上次核查：{at}（{by}）',
}
