import type { noticeMessages as zh } from '../zh-CN/notice'

export const noticeMessages: Record<keyof typeof zh, string> = {
}
