import type { HandlerContext } from '../context'
import type { AnnualDetail, PeriodResults, StoredFlag } from '../../../shared/contract/results'
import { computePeriod, type ComputedRow, type ComputePeriodInput } from '../../../shared/domain/compute-period'
import { computeAnnual, type ComputeAnnualInput } from '../../../shared/domain/compute-annual'
import { decideGrade } from '../../../shared/domain/grade-override'
import { resultFlags } from '../../../shared/domain/result-flags'
import { loadAnnualInput } from './annual-input'
import { findPeriod } from './period-people'
import { loadComputeInput } from './compute-input'
import { wholeUnit } from '../scope/department-reach'
import { loadOverrides } from './overrides-and-exemptions'
import { loadComputation, storeComputation, storeResults } from './store-results'
import type { DecidedRow } from './decided-row'

/**
 * Computes a period from what is stored and replaces its results, in the caller's transaction:
 * results-compute, an exemption, and an upheld appeal's correction all come through here, so they
 * give the same numbers. Overrides are kept; the audit entry says what moved.
 */
export async function computeAndStore(ctx: Pick<HandlerContext, 'db' | 'caller' | 'progress' | 'checkpoint' | 'audit'>, periodId: string): Promise<void> {
  const period = await findPeriod(ctx.db, periodId)
  ctx.progress(0, 3, 'progress.reading')
  // the rules in force now are the ones stored with these results, whatever changes later
  const computeInput = await loadComputeInput(ctx.db, period.id, wholeUnit)
  const settings = computeInput.settings
  const before = await loadComputation(ctx.db, period.id)
  const overrides = await loadOverrides(ctx.db, period.id)
  await ctx.checkpoint()

  ctx.progress(1, 3, 'progress.computing')
  const computed: Computation = period.kind === 'annual' ? annualComputation(await loadAnnualInput(ctx.db, period.year, computeInput)) : computeQuarter(computeInput)
  const rows: DecidedRow[] = computed.rows.map((r) => {
    const decided = decideGrade(r.grade, r.flags, overrides.get(r.personId) ?? null)
    return { ...r, grade: decided.grade, proposedGrade: decided.proposedGrade, flags: decided.flags }
  })
  await ctx.checkpoint()

  // 好 for a quarter, 优秀 for a year: the grade its quota limits
  const quotaGrade = period.kind === 'annual' ? '优秀' : '好'
  ctx.progress(2, 3, 'progress.writing')
  await storeResults(ctx.db, period.id, { rows }, async (done, total) => {
    ctx.progress(done, total, 'progress.writing')
    await ctx.checkpoint()
  })
  await storeComputation(ctx.db, {
    periodId: period.id,
    computedAt: new Date().toISOString(),
    computedBy: ctx.caller.name,
    // a report must be able to say which rules made these numbers, the scheme's rater settings included
    settings: computeInput.raterSettings ? { ...settings, raterSettings: computeInput.raterSettings } : settings,
    graded: computed.graded,
    goodQuota: computed.quota,
    departmentQuotas: computed.departmentQuotas,
  })
  ctx.audit({
    entity: 'results',
    entityId: period.id,
    before: before ? { computedAt: before.computed_at, graded: before.graded, quota: before.good_quota } : undefined,
    after: {
      graded: computed.graded,
      quota: computed.quota,
      good: rows.filter((r) => r.grade === quotaGrade).length,
      ...(computed.departmentQuotas ? { departmentQuotas: computed.departmentQuotas } : {}),
    },
  })
  ctx.progress(3, 3, 'progress.writing')
}

/** What either path gives: rows with their proposal's flags, the number graded, the quota of the quota grade. */
interface Computation {
  rows: (ComputedRow & { flags: StoredFlag[]; annual: AnnualDetail | null })[]
  graded: number
  quota: number
  departmentQuotas: PeriodResults['departmentQuotas']
}

/** A quarterly (or special) period: computePeriod's rows with their flags. */
function computeQuarter(input: ComputePeriodInput): Computation {
  const computed = computePeriod(input)
  return {
    rows: computed.rows.map((r) => ({ ...r, flags: resultFlags({ period: 'quarter', vetoes: r.vetoes, notes: r.notes }), annual: null })),
    graded: computed.graded,
    quota: computed.goodQuota,
    departmentQuotas: null,
  }
}

/** An annual period: its assessment, the year's quarters, penalties and quota scope (computeAnnual). */
function annualComputation(input: ComputeAnnualInput): Computation {
  const computed = computeAnnual(input)
  return { rows: computed.rows, graded: computed.graded, quota: computed.excellentQuota, departmentQuotas: computed.departmentQuotas }
}
