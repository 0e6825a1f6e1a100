/** Words of 结果页面（标记、说明、改定、免责）. */
export const uiResults = {
} as const
