/** Words of 结果运用清单. */
export const usesMessages = {
} as const
