import type { Selectable } from 'kysely'
import type { HandlerMap } from '../context'
import type { WeightDecisionTable } from '../../db/schema'
import type { Indicator, WeightDecision } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { computePeriod } from '../../../shared/domain/compute-period'
import { entropyWeights } from '../../../shared/domain/entropy'
import { roundHalfUp } from '../../../shared/domain/rounding'
import { isAdjustment } from '../../../shared/domain/scheme-tree'
import { ROOT, weightSums } from '../../../shared/domain/weight-sums'
import { AppError } from '../../../shared/contract/app-error'
import { loadComputeInput } from '../results/compute-input'
import { wholeUnit } from '../scope/department-reach'
import { loadIndicators } from '../scheme/scheme-queries'
import { assertEditable, findSchemeVersion } from '../scheme/scheme-version'
import { ahpUnjudged } from '../../../shared/domain/ahp-unjudged'

export const weightsHandlers: HandlerMap<'weights-entropy' | 'weights-apply' | 'weights-history'> = {
  /**
   * Entropy weights for the children of one node from a period's scores: the period is computed
   * exactly as results-compute does, and each graded person with a score on every child is a row.
   */
  async 'weights-entropy'(input, ctx) {
    const scheme = await findSchemeVersion(ctx.db, input.name, input.version)
    const indicators = await loadIndicators(ctx.db, scheme.id)
    const parent = parentLabel(indicators, input.parentCode, scheme.name)
    // 加减分 / 否决 items get no score to weigh
    const children = indicators.filter((i) => i.parentCode === input.parentCode && !isAdjustment(i))
    if (children.length < 2) throw new AppError('invalid-input', t('scheme.weights.tooFewChildren', { parent }))
    ctx.progress(0, 2, 'progress.reading')
    const computeInput = await loadComputeInput(ctx.db, input.period, wholeUnit)
    await ctx.checkpoint()
    ctx.progress(1, 2, 'progress.computing')
    const computed = computePeriod(computeInput)
    const rows: number[][] = []
    for (const r of computed.rows) {
      if (r.total === null) continue
      const scores = children.map((c) => r.indicators[c.code] ?? null)
      if (scores.every((s): s is number => s !== null && Number.isFinite(s))) rows.push(scores)
    }
    const outcome = entropyWeights(
      rows,
      children.map((c) => c.direction === '越低越好'),
    )
    ctx.progress(2, 2, 'progress.computing')
    if (!outcome.ok) throw new AppError('invalid-input', t('scheme.weights.tooFewPeople', { period: input.period, parent, n: rows.length }))
    return {
      parentCode: input.parentCode,
      period: input.period,
      children: children.map((c) => ({ code: c.code, name: c.name })),
      n: outcome.n,
      entropy: outcome.entropy,
      weights: outcome.weights,
    }
  },

  /** Writes weights onto one node's children in a draft version and keeps how they were reached. */
  async 'weights-apply'(input, ctx) {
    const scheme = await findSchemeVersion(ctx.db, input.name, input.version)
    await assertEditable(ctx.db, scheme)
    const indicators = await loadIndicators(ctx.db, scheme.id)
    const parent = parentLabel(indicators, input.parentCode, scheme.name)
    const children = indicators.filter((i) => i.parentCode === input.parentCode)
    const strangers = Object.keys(input.weights).filter((code) => !children.some((c) => c.code === code))
    if (strangers.length) throw new AppError('invalid-input', t('scheme.weights.notChildren', { codes: strangers.join('、'), parent }))
    // the all-1 start matrix would silently make every weight equal (shared/domain/ahp-unjudged.ts)
    if ((input.method === 'ahp' || input.method === 'mix') && ahpUnjudged(input.inputs)) throw new AppError('invalid-input', t('weights.ahp.unjudged', { parent }))
    const next = children.map((c) => ({ ...c, weight: input.weights[c.code] ?? c.weight }))
    // the children alone, so they sum as one group whatever their parent
    const sum = weightSums(next.map((c) => ({ code: c.code, parentCode: null, weight: c.weight }))).get(ROOT)
    if (!sum?.ok) throw new AppError('invalid-input', t('scheme.weights.sumOff', { parent, sum: roundHalfUp((sum?.sum ?? 0) * 100, 4) }))

    const before: Record<string, number> = {}
    for (const c of next) {
      const old = children.find((o) => o.code === c.code)
      if (!old || old.weight === c.weight) continue
      before[c.code] = old.weight
      await ctx.db.updateTable('indicators').set({ weight: c.weight }).where('id', '=', c.id).execute()
    }
    const row = await ctx.db
      .insertInto('weight_decisions')
      .values({
        scheme_id: scheme.id,
        parent_code: input.parentCode,
        method: input.method,
        weights: JSON.stringify(input.weights),
        inputs: JSON.stringify(input.inputs ?? null),
        result: JSON.stringify(input.result ?? null),
        decided_by: ctx.caller.name,
        decided_at: new Date().toISOString(),
      })
      .returningAll()
      .executeTakeFirstOrThrow()
    ctx.audit({
      entity: 'weight-decision',
      entityId: `${scheme.name}/${scheme.version}/${input.parentCode ?? ROOT}`,
      before,
      after: { decision: row.id, method: input.method, weights: input.weights },
    })
    return toDecision(row, scheme.name, scheme.version)
  },

  async 'weights-history'(input, ctx) {
    let q = ctx.db
      .selectFrom('weight_decisions')
      .innerJoin('schemes', 'schemes.id', 'weight_decisions.scheme_id')
      .selectAll('weight_decisions')
      .select(['schemes.name as scheme_name', 'schemes.version as scheme_version'])
      .where('schemes.name', '=', input.name)
    if (input.version !== undefined) q = q.where('schemes.version', '=', input.version)
    const rows = await q.orderBy('weight_decisions.id', 'desc').execute()
    if (rows.length === 0) await findSchemeVersion(ctx.db, input.name, input.version) // an unknown scheme is an error, not an empty list
    return rows.map((r) => toDecision(r, r.scheme_name, r.scheme_version))
  },
}

/** The node whose children are weighed, in words; null is the top level. */
function parentLabel(indicators: readonly Indicator[], code: string | null, schemeName: string): string {
  if (code === null) return t('scheme.weights.top')
  const p = indicators.find((i) => i.code === code)
  if (!p) throw new AppError('not-found', t('scheme.indicatorNotFound', { code, name: schemeName }))
  return `${p.code} ${p.name}`
}

function toDecision(r: Selectable<WeightDecisionTable>, schemeName: string, version: number): WeightDecision {
  return {
    id: r.id,
    schemeName,
    version,
    parentCode: r.parent_code,
    method: r.method as WeightDecision['method'],
    weights: JSON.parse(r.weights) as Record<string, number>,
    inputs: JSON.parse(r.inputs) as unknown,
    result: JSON.parse(r.result) as unknown,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
  }
}
