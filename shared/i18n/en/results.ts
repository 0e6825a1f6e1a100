import type { resultsMessages as zh } from '../zh-CN/results'

export const resultsMessages: Record<keyof typeof zh, string> = {
  'results.note.missingRatings': 'No ratings: {items} (left out; weights rescaled over the rated indicators)',
  'results.note.exempted': 'Risk exemption: {items} not counted, the rest rescaled',
  'results.note.noScore': 'No valid rating at all; no grade',
  'results.note.inapplicableRatings': '{items} does not apply to this person; its ratings were not counted',
  'results.note.unweightedRoles': 'Rater role "{roles}" has no weight; its ratings were not counted',
  'results.note.bonus': 'Bonus {points} ({items})',
  'results.note.bonusCapped': 'Bonus total {raw} is over the cap; counted as {cap}',
  'results.note.deduction': 'Deduction {points} ({items})',
  'results.note.clamped': 'Total outside 0–{max}; counted as {total}',
  'results.note.veto': 'Veto: {items}; graded Poor',
  'results.note.overQuota': 'Beyond the Good quota; graded Fairly good',
  'results.note.boundaryTie':
    'Tie at the quota boundary, for the committee: {tied} people have the same total and Performance score for {slots} remaining Good places; proposed Fairly good for now',
  'results.note.undetermined': 'Not graded: {reason}',
  'results.note.undeterminedNoReason': 'Not graded',
  'results.error.periodNotFound': 'Assessment period "{period}" not found; create it under Periods first.',
}
