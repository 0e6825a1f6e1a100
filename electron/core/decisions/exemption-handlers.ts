import type { HandlerContext, HandlerMap } from '../context'
import type { Exemption } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { applicableCodes } from '../../../shared/domain/scheme-tree'
import { AppError } from '../../../shared/contract/app-error'
import { computeAndStore } from '../results/compute-and-store'
import { findPeriod } from '../results/period-people'
import { loadComputation } from '../results/store-results'
import { loadIndicators } from '../scheme/scheme-queries'
import { findPeriodPerson, refuseFrozenExemption } from './decision-guards'
import { listExemptions, storedExemption } from './decision-queries'

/** the audit entity of an exemption; its id is the exemption's number */
const EXEMPTION_ENTITY = 'exemption'

const snapshot = (e: Exemption) => ({ period: e.period, staffNo: e.staffNo, indicator: e.indicatorCode, evaluation: e.evaluation, reason: e.reason, appealId: e.appealId })

/** Computed results follow the exemptions at once, so the totals never disagree with what is recorded. */
async function recomputeIfComputed(ctx: HandlerContext, periodId: string): Promise<void> {
  if (await loadComputation(ctx.db, periodId)) await computeAndStore(ctx, periodId)
}

async function oneExemption(ctx: HandlerContext, id: number): Promise<Exemption> {
  const [found] = await listExemptions(ctx.db, { id })
  if (!found) throw new AppError('not-found', t('decisions.exemption.notFound', { id }))
  return found
}

export const exemptionHandlers: HandlerMap<'exemptions-add' | 'exemptions-remove' | 'exemptions-list'> = {
  /** 容错免责: the indicator stops counting for the person; the period is recomputed when it has results. */
  async 'exemptions-add'(input, ctx) {
    const period = await findPeriod(ctx.db, input.period)
    refuseFrozenExemption(period)
    const person = await findPeriodPerson(ctx.db, period.id, input.staffNo)
    const who = { name: person.name, staffNo: person.staff_no, period: period.id }
    if (person.status !== '参加') throw new AppError('conflict', t('decisions.exemption.notScored', { ...who, status: person.status }))

    const indicators = await loadIndicators(ctx.db, period.scheme_id)
    const indicator = indicators.find((i) => i.code === input.indicator)
    if (!indicator) {
      const scheme = await ctx.db.selectFrom('schemes').select(['name', 'version']).where('id', '=', period.scheme_id).executeTakeFirstOrThrow()
      throw new AppError('not-found', t('decisions.exemption.indicatorNotFound', { period: period.id, scheme: `${scheme.name} v${scheme.version}`, code: input.indicator }))
    }
    const scope = { positionClass: person.position_class, department: person.department, departmentPath: person.department_path }
    if (!applicableCodes(indicators, scope, { start: period.start_date, end: period.end_date }).has(indicator.code)) {
      throw new AppError('conflict', t('decisions.exemption.notApplicable', { ...who, indicator: indicator.name, code: indicator.code }))
    }
    const earlier = await storedExemption(ctx.db, period.id, person.id, indicator.code)
    if (earlier) {
      throw new AppError(
        'conflict',
        t('decisions.exemption.duplicate', { ...who, indicator: indicator.name, code: indicator.code, id: earlier.id, by: earlier.decided_by, at: earlier.decided_at.slice(0, 10) }),
      )
    }

    const { id } = await ctx.db
      .insertInto('exemptions')
      .values({
        period_id: period.id,
        person_id: person.id,
        indicator_code: indicator.code,
        evaluation: input.evaluation,
        reason: input.reason,
        decided_by: ctx.caller.name,
        decided_at: new Date().toISOString(),
        appeal_id: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const added = await oneExemption(ctx, id)
    ctx.audit({ entity: EXEMPTION_ENTITY, entityId: id, before: null, after: snapshot(added) })
    await recomputeIfComputed(ctx, period.id)
    return added
  },

  /** The indicator counts again; the period is recomputed when it has results. */
  async 'exemptions-remove'(input, ctx) {
    const removed = await oneExemption(ctx, input.id)
    refuseFrozenExemption(await findPeriod(ctx.db, removed.period))
    await ctx.db.deleteFrom('exemptions').where('id', '=', removed.id).execute()
    ctx.audit({ entity: EXEMPTION_ENTITY, entityId: removed.id, before: snapshot(removed), after: { removed: true, reason: input.reason } })
    await recomputeIfComputed(ctx, removed.period)
    return removed
  },

  async 'exemptions-list'(input, ctx) {
    const period = await findPeriod(ctx.db, input.period)
    return listExemptions(ctx.db, { periodId: period.id })
  },
}
