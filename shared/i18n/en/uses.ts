import type { usesMessages as zh } from '../zh-CN/uses'

export const usesMessages: Record<keyof typeof zh, string> = {
}
