/** Words of 公示与工作日历. */
export const noticeMessages = {
} as const
