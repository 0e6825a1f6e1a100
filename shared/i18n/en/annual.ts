import type { annualMessages as zh } from '../zh-CN/annual'

export const annualMessages: Record<keyof typeof zh, string> = {
  'annual.flag.veto': 'Veto triggered: {items}; the year is 不称职',
  'annual.flag.penaltyNotExcellent': 'Penalised this year ({penalty}): not eligible for 优秀',
  'annual.flag.penaltyIncompetent': 'Penalised this year ({penalty}): the year is 不称职',
  'annual.flag.negativeList': 'On the negative list this year (不担当不作为, {date}): not eligible for 优秀',
  'annual.flag.capBallots': '基本称职 and 不称职 ballots {low}/{valid} reach {percent}%: grade capped at 基本称职',
  'annual.flag.capFairQuarters': '{fair} quarters graded 一般 ({limit} or more): grade capped at 基本称职',
  'annual.flag.excellentBarredGoodQuarters': 'Score reaches the 优秀 line, but only {good} quarters were 好 (at least {required} needed): not 优秀',
  'annual.flag.excellentBarredFairOrPoor': 'Score reaches the 优秀 line, but a quarter was 一般 or 较差: not 优秀',
  'annual.flag.excellentBarredPenalty': 'Score reaches the 优秀 line, but a penalty this year bars 优秀',
  'annual.flag.excellentBarredNegativeList': 'Score reaches the 优秀 line, but a negative-list entry this year bars 优秀',
  'annual.flag.overQuota': 'Eligible for 优秀 but beyond the quota ({quota} places): proposed 称职',
  'annual.flag.boundaryTie':
    'Tie at the 优秀 quota boundary, for the committee: {tied} people have the same annual score, 绩 score and number of quarterly 好 for {slots} place(s) left; proposed 称职 for now',
  'annual.flag.undeterminedProbation': 'New hire in probation: not graded (不定等次), comment only',
  'annual.flag.undeterminedLeave': 'Sick or personal leave over half the year: not graded (不定等次), comment only',
  'annual.flag.undeterminedInvestigation': 'Under formal investigation: not graded and no comment; graded when the case closes',
  'annual.flag.undeterminedPenalty': 'Penalty {penalty} (decided {date}): not graded (不定等次) this year',
  'annual.flag.undeterminedOther': 'Not graded (不定等次): {reason}',
  'annual.flag.undeterminedNoReason': 'Not graded (不定等次), no reason recorded',
  'annual.note.score': 'Annual score {score} = annual assessment {assessment} × {annualShare}% + quarterly mean {quarterMean} × {quarterShare}% ({quarters} quarters)',
  'annual.note.noQuarters': 'No graded quarter this year: the annual score is the annual assessment {score}',
  'annual.error.unknownDepartment': 'No department has the path "{path}"; check the paths in the organisation tree.',
}
