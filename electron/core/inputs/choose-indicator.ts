import type { SchemeIndicator } from '../ratings/ratings-rows'
import { AppError } from '../../../shared/contract/app-error'
import { byCode, indicatorLabel, leaves } from './input-rows'
import { problemText } from '../../excel/problems'

/**
 * The one indicator a whole file feeds (ballots, satisfaction): the one named by `code`, which must
 * be a candidate, or the only candidate. None, or several without a choice, is a refusal that lists
 * what there is, so the clerk can pick on the command line or in the dialog.
 */
export function chooseIndicator(
  indicators: SchemeIndicator[],
  isCandidate: (i: SchemeIndicator) => boolean,
  code: string | undefined,
  what: string,
  schemeName: string,
): SchemeIndicator {
  const candidates = leaves(indicators).filter(isCandidate)
  const list = candidates.map(indicatorLabel).join('、')
  if (code !== undefined) {
    const hit = byCode(leaves(indicators), code)
    if (!hit) throw new AppError('invalid-input', problemText('inputs.problem.indicatorNotFound', { code, scheme: schemeName }))
    if (!candidates.includes(hit)) throw new AppError('invalid-input', problemText('inputs.problem.indicatorNotCandidate', { indicator: indicatorLabel(hit), what, list: list || '—' }))
    return hit
  }
  if (candidates.length === 0) throw new AppError('invalid-input', problemText('inputs.problem.noCandidate', { scheme: schemeName, what }))
  if (candidates.length > 1) throw new AppError('invalid-input', problemText('inputs.problem.chooseIndicator', { what, list }))
  return candidates[0]
}
