/** Words of the results area: the remarks on a person's result and the errors of its handlers. */
export const resultsMessages = {
  'results.note.missingRatings': '缺少评分：{items}（该项不计，权重按已评指标折算）',
  'results.note.exempted': '容错免责：{items} 不计入，其余按权重折算',
  'results.note.noScore': '没有任何有效评分，未评定等次',
  'results.note.inapplicableRatings': '{items} 不适用于本人，其评分未计入',
  'results.note.unweightedRoles': '评价主体“{roles}”未设权重，其评分未计入',
  'results.note.bonus': '加分 {points}（{items}）',
  'results.note.bonusCapped': '加分合计 {raw}，超过上限，按 {cap} 计',
  'results.note.deduction': '扣分 {points}（{items}）',
  'results.note.clamped': '总分超出 0–{max} 的范围，按 {total} 计',
  'results.note.veto': '一票否决：{items}，定为较差',
  'results.note.overQuota': '超出好等次名额，按较好',
  'results.note.boundaryTie': '名额边界并列，提请党委审定：{tied} 人总分和“绩”得分相同，剩余好等次名额 {slots} 个，暂按较好',
  'results.note.undetermined': '不定等次：{reason}',
  'results.note.undeterminedNoReason': '不定等次',
  'results.error.periodNotFound': '未找到考核周期“{period}”，请先在“考核周期”中建立。',
} as const
