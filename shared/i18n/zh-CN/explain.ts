/** Words of 个人考核结果单（得分说明）. */
export const explainMessages = {
} as const
