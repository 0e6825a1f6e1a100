/** Words of 公示、申诉、结果运用与日历页面. */
export const uiDecide = {
} as const
