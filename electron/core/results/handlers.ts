import type { HandlerMap } from '../context'
import { computePeriod } from '../../../shared/domain/compute-period'
import { loadSettings } from '../system/settings-store'
import {
  findPeriod,
  loadComputation,
  loadPeriodPeople,
  loadPeriodRatings,
  readResults,
  storeComputation,
  storeResults,
} from './results-queries'
import { loadIndicators } from '../scheme/scheme-queries'

export const resultsHandlers: HandlerMap<'results-compute' | 'results-list'> = {
  async 'results-compute'(input, ctx) {
    const period = await findPeriod(ctx.db, input.period)
    ctx.progress(0, 3, 'progress.reading')
    const indicators = await loadIndicators(ctx.db, period.scheme_id)
    const people = await loadPeriodPeople(ctx.db, period.id)
    const ratings = await loadPeriodRatings(ctx.db, period.id, period.scheme_id)
    // the rules in force now are the ones stored with these results, whatever changes later
    const settings = await loadSettings(ctx.db)
    const before = await loadComputation(ctx.db, period.id)
    await ctx.checkpoint()

    ctx.progress(1, 3, 'progress.computing')
    const computed = computePeriod({ indicators, people, ratings, settings, periodWindow: { start: period.start_date, end: period.end_date } })
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
      settings,
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
