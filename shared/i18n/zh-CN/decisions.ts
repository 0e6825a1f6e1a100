/** Words of 委员会决定（改定等次、容错免责、部门等次）. */
export const decisionsMessages = {
  'decisions.flag.override': '考核委员会改定为“{grade}”（原建议“{proposed}”）：{reason}',
} as const
