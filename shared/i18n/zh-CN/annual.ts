/** Words of 年度计算（年度得分、等次建议、标记）. */
export const annualMessages = {
} as const
