import type { HandlerMap } from '../context'
import { AppError } from '../../../shared/contract/app-error'
import { t } from '../../../shared/i18n'
import { inputsEditable } from '../../../shared/domain/period-lifecycle'
import { statusWord } from '../stages/stage-queries'
import { findPeriod } from './period-people'
import { readResults } from './read-results'
import { computeAndStore } from './compute-and-store'
import { callerReach, wholeUnit } from '../scope/department-reach'

export const resultsHandlers: HandlerMap<'results-compute' | 'results-list'> = {
  async 'results-compute'(input, ctx) {
    const period = await findPeriod(ctx.db, input.period)
    // approved results are locked: they change only through an appeal, never by a recompute
    if (!inputsEditable(period.status)) {
      throw new AppError('frozen', t('results.locked', { period: period.id, status: statusWord(period.status) }))
    }
    await computeAndStore(ctx, period.id)
    return readResults(ctx.db, period.id, wholeUnit)
  },

  async 'results-list'(input, ctx) {
    return readResults(ctx.db, input.period, await callerReach(ctx))
  },
}
