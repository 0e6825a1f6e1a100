/** Words of 年度计算（年度得分、等次建议、标记）. */
export const annualMessages = {
  // why an annual proposal is what it is (result flags)
  'annual.flag.veto': '触发一票否决：{items}，年度定为不称职',
  'annual.flag.penaltyNotExcellent': '本年度受{penalty}处分，不得评为优秀',
  'annual.flag.penaltyIncompetent': '本年度受{penalty}处分，年度定为不称职',
  'annual.flag.negativeList': '本年度列入不担当不作为负面清单（{date}），不得评为优秀',
  'annual.flag.capBallots': '基本称职、不称职票合计 {low}/{valid}，达到 {percent}%，等次封顶为基本称职',
  'annual.flag.capFairQuarters': '{fair} 个季度平时考核为一般（{limit} 个及以上），等次封顶为基本称职',
  'annual.flag.excellentBarredGoodQuarters': '年度得分达到优秀线，但平时考核“好”只有 {good} 个季度（至少需 {required} 个），不能评为优秀',
  'annual.flag.excellentBarredFairOrPoor': '年度得分达到优秀线，但有季度平时考核为一般或较差，不能评为优秀',
  'annual.flag.excellentBarredPenalty': '年度得分达到优秀线，但本年度受处分，不能评为优秀',
  'annual.flag.excellentBarredNegativeList': '年度得分达到优秀线，但本年度列入负面清单，不能评为优秀',
  'annual.flag.overQuota': '符合优秀条件，但超出优秀名额（{quota} 个），暂按称职',
  'annual.flag.boundaryTie':
    '优秀名额边界并列，提请党委审定：{tied} 人年度得分、“绩”得分和平时考核“好”的次数均相同，剩余优秀名额 {slots} 个，暂按称职',
  'annual.flag.undeterminedProbation': '新录用人员试用期内，不定等次，只写评语',
  'annual.flag.undeterminedLeave': '病假、事假累计超过半年，不定等次，只写评语',
  'annual.flag.undeterminedInvestigation': '正在接受立案审查，不定等次、不写评语，结案后再确定等次',
  'annual.flag.undeterminedPenalty': '受{penalty}处分（{date}决定），本年度不定等次',
  'annual.flag.undeterminedOther': '不定等次：{reason}',
  'annual.flag.undeterminedNoReason': '不定等次（未注明原因）',
  // how the annual score was reached (result notes)
  'annual.note.score': '年度得分 {score} = 年度考核 {assessment} × {annualShare}% + 平时考核平均 {quarterMean} × {quarterShare}%（{quarters} 个季度）',
  'annual.note.noQuarters': '本年度没有已评定的季度平时考核结果，年度得分取年度考核得分 {score}',
  // department grades (部门绩效等次)
  'annual.error.unknownDepartment': '没有路径为“{path}”的部门，请对照组织机构中的部门路径。',
} as const
