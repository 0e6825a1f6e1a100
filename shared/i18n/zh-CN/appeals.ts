/** Words of 复核与申诉. */
export const appealsMessages = {
} as const
