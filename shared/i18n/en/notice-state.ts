import type { noticeStateMessages as zh } from '../zh-CN/notice-state'

export const noticeStateMessages: Record<keyof typeof zh, string> = {
  'noticeState.chip.upcoming': 'Notice to come',
  'noticeState.chip.running': 'On notice',
  'noticeState.chip.ended': 'Notice period over',
  'noticeState.chip.final': 'Final',
  'noticeState.help.upcoming': 'The notice runs from {start} to {end}.',
  'noticeState.help.running': 'On public notice ({start} to {end}): reviews and appeals can be recorded.',
  'noticeState.help.ended': 'The notice period is over (ended {end}): once reviews and appeals are settled, make the period final on Periods.',
  'noticeState.help.final': 'The results are final and go to the personal files.',
} as const
