/** The notice's state (shared/domain/notice-state.ts) as the 公示 page header and card say it. */
export const noticeStateMessages = {
  'noticeState.chip.upcoming': '待公示',
  'noticeState.chip.running': '公示中',
  'noticeState.chip.ended': '公示期已满',
  'noticeState.chip.final': '已定档',
  'noticeState.help.upcoming': '公示将于 {start} 开始，至 {end} 结束。',
  'noticeState.help.running': '正在公示（{start} 至 {end}）：期间可登记复核、申诉。',
  'noticeState.help.ended': '公示期已满（{end} 结束）：复核、申诉办结后，可在“考核周期”中推进为“已定档”。',
  'noticeState.help.final': '结果已定档，归入个人档案。',
} as const
