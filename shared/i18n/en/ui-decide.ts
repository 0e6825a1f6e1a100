import type { uiDecide as zh } from '../zh-CN/ui-decide'

export const uiDecide: Record<keyof typeof zh, string> = {
}
