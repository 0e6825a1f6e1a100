import type { HandlerMap } from '../context'
import { AppError } from '../errors'
import { t } from '../../../shared/i18n'
import { inputsEditable } from '../../../shared/domain/period-lifecycle'
import { statusWord } from '../stages/stage-queries'
import { computePeriod } from '../../../shared/domain/compute-period'
import {
  findPeriod,
  loadComputation,
  loadComputeInput,
  readResults,
  storeComputation,
  storeResults,
} from './results-queries'

export const resultsHandlers: HandlerMap<'results-compute' | 'results-list'> = {
  async 'results-compute'(input, ctx) {
    const period = await findPeriod(ctx.db, input.period)
    // approved results are locked: they change only through an appeal, never by a recompute
    if (!inputsEditable(period.status)) {
      throw new AppError('frozen', t('results.locked', { period: period.id, status: statusWord(period.status) }))
    }
    ctx.progress(0, 3, 'progress.reading')
    // the rules in force now are the ones stored with these results, whatever changes later
    const computeInput = await loadComputeInput(ctx.db, period.id)
    const settings = computeInput.settings
    const before = await loadComputation(ctx.db, period.id)
    await ctx.checkpoint()

    ctx.progress(1, 3, 'progress.computing')
    const computed = computePeriod(computeInput)
    await ctx.checkpoint()

    ctx.progress(2, 3, 'progress.writing')
    await storeResults(ctx.db, period.id, computed, async (done, total) => {
      ctx.progress(done, total, 'progress.writing')
      await ctx.checkpoint()
    })
    const computedAt = new Date().toISOString()
    await storeComputation(ctx.db, {
      periodId: period.id,
      computedAt,
      computedBy: ctx.caller.name,
      // a report must be able to say which rules made these numbers, the scheme's rater settings included
      settings: computeInput.raterSettings ? { ...settings, raterSettings: computeInput.raterSettings } : settings,
      graded: computed.graded,
      goodQuota: computed.goodQuota,
    })
    ctx.audit({
      entity: 'results',
      entityId: period.id,
      before: before ? { computedAt: before.computed_at, graded: before.graded, quota: before.good_quota } : undefined,
      after: { graded: computed.graded, quota: computed.goodQuota, good: computed.rows.filter((r) => r.grade === '好').length },
    })
    ctx.progress(3, 3, 'progress.writing')
    return readResults(ctx.db, period.id)
  },

  async 'results-list'(input, ctx) {
    return readResults(ctx.db, input.period)
  },
}
