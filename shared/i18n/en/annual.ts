import type { annualMessages as zh } from '../zh-CN/annual'

export const annualMessages: Record<keyof typeof zh, string> = {
}
