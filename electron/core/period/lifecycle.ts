import type { Kysely } from 'kysely'
import type { HandlerContext, HandlerMap } from '../context'
import type { Database } from '../../db/schema'
import type { Period, PeriodStatus } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { nextTransition, type BlockReason, type TransitionCheck } from '../../../shared/domain/period-lifecycle'
import { AppError } from '../../../shared/contract/app-error'
import { findPeriodRow, lastInputChange, loadStagedPeople, stageName, statusWord } from '../stages/stage-queries'
import { listPeriods } from './period-queries'
import { localToday } from '../notice/dates'
import { wholeUnit } from '../scope/department-reach'

/** The facts the lifecycle rule needs about one period, read from the database; today is the machine's local date. */
export async function checkNextTransition(db: Kysely<Database>, periodId: string, today = localToday()): Promise<TransitionCheck> {
  const period = await findPeriodRow(db, periodId)
  const people = await loadStagedPeople(db, periodId, wholeUnit)
  const computation = await db.selectFrom('computations').select('computed_at').where('period_id', '=', periodId).executeTakeFirst()
  const changed = await lastInputChange(db, periodId)
  const flags = await db
    .selectFrom('flags')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('period_id', '=', periodId)
    .where('status', '=', 'open')
    .executeTakeFirstOrThrow()
  const notice = await db.selectFrom('notices').select('end_date').where('period_id', '=', periodId).executeTakeFirst()
  const pending = await db
    .selectFrom('appeals')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('period_id', '=', periodId)
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow()
  return nextTransition(period.status as PeriodStatus, {
    people,
    resultsComputed: computation !== undefined,
    resultsStale: computation !== undefined && changed !== null && changed > computation.computed_at,
    openFlags: Number(flags.n),
    notice: notice ? { endDate: notice.end_date } : null,
    today,
    pendingAppeals: Number(pending.n),
  })
}

/** At most this many names per reason: the count says the rest, the progress board lists everyone. */
const NAMES_SHOWN = 20

export function reasonText(r: BlockReason): string {
  switch (r.kind) {
    case 'stageMissing': {
      const shown = r.people.slice(0, NAMES_SHOWN).map((p) => t('stages.person', { ...p })).join('、')
      // “甲、乙等 36 人”: the count follows the last name without a separator
      const people = r.people.length > NAMES_SHOWN ? shown + t('stages.morePeople', { count: r.people.length }) : shown
      return t('stages.reason.stageMissing', { count: r.people.length, stage: stageName(r.stage), people })
    }
    case 'openFlags':
      return t('stages.reason.openFlags', { count: r.count })
    case 'resultsNotComputed':
      return t('stages.reason.resultsNotComputed')
    case 'resultsStale':
      return t('stages.reason.resultsStale')
    case 'noticeMissing':
      return t('stages.reason.noticeMissing')
    case 'noticeNotEnded':
      return t('stages.reason.noticeNotEnded', { endDate: r.endDate })
    case 'appealsPending':
      return t('stages.reason.appealsPending', { count: r.count })
    case 'lastStep':
      return t('stages.reason.lastStep')
  }
}

/**
 * The one way a period changes status: the rule decides, the status moves one step, the audit says
 * from what to what. period-open, period-advance and notice-publish all come through here.
 */
export async function advancePeriod(ctx: HandlerContext, id: string): Promise<Period> {
  const check = await checkNextTransition(ctx.db, id)
  if (check.to === null) throw new AppError('conflict', t('stages.advance.last', { id }))
  if (!check.allowed) {
    const reasons = check.reasons.map((r) => `· ${reasonText(r)}`).join('\n')
    throw new AppError('conflict', t('stages.advance.refused', { id, from: statusWord(check.from), to: statusWord(check.to), reasons }))
  }
  await ctx.db.updateTable('periods').set({ status: check.to }).where('id', '=', id).where('status', '=', check.from).execute()
  ctx.audit({ entity: 'period', entityId: id, before: { status: check.from }, after: { status: check.to } })
  const period = (await listPeriods(ctx.db)).find((p) => p.id === id)
  if (!period) throw new AppError('internal', t('error.internal', { ref: 'period-advance' }))
  return period
}

export const lifecycleHandlers: HandlerMap<'period-open' | 'period-advance'> = {
  /** draft → open: from here on the period's scheme version is frozen (frozenBy() sees a period past draft). */
  async 'period-open'(input, ctx) {
    const period = await findPeriodRow(ctx.db, input.id)
    if (period.status !== 'draft') throw new AppError('conflict', t('period.open.notDraft', { id: input.id, status: statusWord(period.status) }))
    return advancePeriod(ctx, input.id)
  },
  /** One step along the lifecycle, or every reason it cannot. */
  async 'period-advance'(input, ctx) {
    return advancePeriod(ctx, input.id)
  },
}
