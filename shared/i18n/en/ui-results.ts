import type { uiResults as zh } from '../zh-CN/ui-results'

export const uiResults: Record<keyof typeof zh, string> = {
}
