import type { Kysely } from 'kysely'
import type { HandlerMap } from '../context'
import type { Database } from '../../db/schema'
import type { PeriodStatus } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { nextTransition, type BlockReason, type TransitionCheck } from '../../../shared/domain/period-lifecycle'
import { AppError } from '../errors'
import { findPeriodRow, lastInputChange, loadStagedPeople, stageName, statusWord } from '../stages/stage-queries'
import { listPeriods } from './period-queries'

/** The facts the lifecycle rule needs about one period, read from the database. */
export async function checkNextTransition(db: Kysely<Database>, periodId: string): Promise<TransitionCheck> {
  const period = await findPeriodRow(db, periodId)
  const people = await loadStagedPeople(db, periodId)
  const computation = await db.selectFrom('computations').select('computed_at').where('period_id', '=', periodId).executeTakeFirst()
  const changed = await lastInputChange(db, periodId)
  const flags = await db
    .selectFrom('flags')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('period_id', '=', periodId)
    .where('status', '=', 'open')
    .executeTakeFirstOrThrow()
  return nextTransition(period.status as PeriodStatus, {
    people,
    resultsComputed: computation !== undefined,
    resultsStale: computation !== undefined && changed !== null && changed > computation.computed_at,
    openFlags: Number(flags.n),
  })
}

/** At most this many names per reason: the count says the rest, the progress board lists everyone. */
const NAMES_SHOWN = 20

export function reasonText(r: BlockReason): string {
  switch (r.kind) {
    case 'stageMissing': {
      const names = r.people.slice(0, NAMES_SHOWN).map((p) => t('stages.person', { ...p }))
      if (r.people.length > NAMES_SHOWN) names.push(t('stages.morePeople', { count: r.people.length }))
      return t('stages.reason.stageMissing', { count: r.people.length, stage: stageName(r.stage), people: names.join('、') })
    }
    case 'openFlags':
      return t('stages.reason.openFlags', { count: r.count })
    case 'resultsNotComputed':
      return t('stages.reason.resultsNotComputed')
    case 'resultsStale':
      return t('stages.reason.resultsStale')
    case 'lastStep':
      return t('stages.reason.lastStep')
  }
}

export const lifecycleHandlers: HandlerMap<'period-advance'> = {
  /** One step along the lifecycle; draft → open freezes the scheme version, as period-open does. */
  async 'period-advance'(input, ctx) {
    const check = await checkNextTransition(ctx.db, input.id)
    if (check.to === null) throw new AppError('conflict', t('stages.advance.last', { id: input.id }))
    if (!check.allowed) {
      const reasons = check.reasons.map((r) => `· ${reasonText(r)}`).join('\n')
      throw new AppError('conflict', t('stages.advance.refused', { id: input.id, from: statusWord(check.from), to: statusWord(check.to), reasons }))
    }
    await ctx.db.updateTable('periods').set({ status: check.to }).where('id', '=', input.id).where('status', '=', check.from).execute()
    ctx.audit({ entity: 'period', entityId: input.id, before: { status: check.from }, after: { status: check.to } })
    const period = (await listPeriods(ctx.db)).find((p) => p.id === input.id)
    if (!period) throw new AppError('internal', t('error.internal', { ref: 'period-advance' }))
    return period
  },
}
