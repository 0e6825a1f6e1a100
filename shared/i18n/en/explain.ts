import type { explainMessages as zh } from '../zh-CN/explain'

export const explainMessages: Record<keyof typeof zh, string> = {
}
