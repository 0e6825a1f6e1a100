import type { appealsMessages as zh } from '../zh-CN/appeals'

export const appealsMessages: Record<keyof typeof zh, string> = {
}
