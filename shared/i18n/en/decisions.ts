import type { decisionsMessages as zh } from '../zh-CN/decisions'

export const decisionsMessages: Record<keyof typeof zh, string> = {
  'decisions.flag.override': 'The committee decided “{grade}” (proposed “{proposed}”): {reason}',
}
