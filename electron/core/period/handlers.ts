import type { HandlerMap } from '../context'
import { AppError } from '../../../shared/contract/app-error'
import { t } from '../../../shared/i18n'
import { findScheme } from '../scheme/scheme-queries'
import { periodWindow, type PeriodWindow } from '../../../shared/domain/period-window'
import { listPeriods } from './period-queries'

/** period-open lives with the other transitions in lifecycle.ts */
export const periodHandlers: HandlerMap<'period-list' | 'period-create'> = {
  async 'period-list'(_input, ctx) {
    return listPeriods(ctx.db)
  },
  async 'period-create'(input, ctx) {
    const window = periodWindow(input.id, input.kind)
    if (!window) throw new AppError('invalid-input', t('period.badId', { id: input.id, kind: t(`period.kind.${input.kind}`) }))
    const existing = await ctx.db.selectFrom('periods').select('id').where('id', '=', input.id).executeTakeFirst()
    if (existing) throw new AppError('conflict', t('period.exists', { id: input.id }))
    const scheme = await findScheme(ctx.db, input.scheme)
    const indicatorCount = await ctx.db
      .selectFrom('indicators')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .where('scheme_id', '=', scheme.id)
      .executeTakeFirstOrThrow()
    if (Number(indicatorCount.n) === 0) throw new AppError('conflict', t('period.emptyScheme', { name: scheme.name }))
    const now = new Date().toISOString()
    const row = {
      id: input.id,
      kind: input.kind,
      year: window.year,
      name: input.name ?? defaultName(window),
      scheme_id: scheme.id,
      status: 'draft',
      start_date: window.start,
      end_date: window.end,
      created_at: now,
    }
    await ctx.db.insertInto('periods').values(row).execute()
    // Each person's status for the period starts from the roster; it can then change per period.
    const people = await ctx.db.selectFrom('people').select(['id', 'status', 'status_reason']).execute()
    const participants = people.filter((p) => p.status !== '不参加')
    for (let i = 0; i < participants.length; i += 500) {
      await ctx.db
        .insertInto('period_people')
        .values(participants.slice(i, i + 500).map((p) => ({ period_id: input.id, person_id: p.id, status: p.status, status_reason: p.status_reason })))
        .execute()
    }
    ctx.audit({ entity: 'period', entityId: input.id, after: { ...row, participants: participants.length } })
    const created = (await listPeriods(ctx.db)).find((p) => p.id === input.id)
    if (!created) throw new AppError('internal', t('error.internal', { ref: 'period-create' }))
    return created
  },
}

function defaultName(w: PeriodWindow): string {
  if (w.quarter) return t('period.defaultName.quarter', { year: w.year, quarter: t(`period.quarter.${w.quarter}`) })
  if (w.special) return t('period.defaultName.special', { year: w.year, name: w.special })
  return t('period.defaultName.annual', { year: w.year })
}
