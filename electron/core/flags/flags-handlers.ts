import type { HandlerMap } from '../context'
import { crossCheck } from '../../../shared/domain/cross-checks'
import { crossChecksOf } from '../../../shared/domain/settings'
import { t } from '../../../shared/i18n'
import { AppError } from '../../../shared/contract/app-error'
import { findPeriod } from '../results/period-people'
import { loadPeriodRatings } from '../results/compute-input'
import { loadSettings } from '../system/settings-store'
import { editablePeriod, findingKey, flagDetails, listFlags } from './flags-queries'

export const flagsHandlers: HandlerMap<'flags-run' | 'flags-last-run' | 'flags-list' | 'flags-resolve'> = {
  /**
   * Checks every rating of the period, excluded ones too (else excluding a rater would make its own
   * flag vanish). A finding that still holds keeps its decision and gets today's numbers; a new one
   * opens; a flag whose finding is gone is dropped, decided or not, since its ratings no longer show
   * the pattern (the audit log keeps what was dropped).
   */
  async 'flags-run'(input, ctx) {
    const period = await editablePeriod(ctx.db, input.period)
    const ratings = await loadPeriodRatings(ctx.db, period.id, period.scheme_id)
    const findings = crossCheck(ratings, crossChecksOf(await loadSettings(ctx.db)))
    await ctx.checkpoint()
    const existing = await ctx.db.selectFrom('flags').selectAll().where('period_id', '=', period.id).execute()
    const byKey = new Map(existing.map((f) => [findingKey({ kind: f.kind, role: f.role, rater: f.rater, personId: f.person_id }), f]))
    const now = new Date().toISOString()
    let added = 0
    let kept = 0
    for (const f of findings) {
      const details = JSON.stringify(flagDetails(f))
      const key = findingKey(f)
      const old = byKey.get(key)
      if (old) {
        byKey.delete(key)
        kept++
        if (old.details !== details) await ctx.db.updateTable('flags').set({ details }).where('id', '=', old.id).execute()
        continue
      }
      added++
      await ctx.db
        .insertInto('flags')
        .values({ period_id: period.id, kind: f.kind, role: f.role, rater: f.rater, person_id: f.personId, details, status: 'open', reason: null, decided_by: null, decided_at: null, created_at: now })
        .execute()
    }
    const dropped = [...byKey.values()]
    if (dropped.length) await ctx.db.deleteFrom('flags').where('id', 'in', dropped.map((f) => f.id)).execute()
    ctx.audit({
      entity: 'flags',
      entityId: period.id,
      before: { flags: existing.length },
      after: { added, kept, dropped: dropped.map((f) => ({ id: f.id, kind: f.kind, role: f.role, rater: f.rater, status: f.status })) },
    })
    return { period: period.id, flags: await listFlags(ctx.db, period.id), added, kept, dropped: dropped.length }
  },

  async 'flags-last-run'(input, ctx) {
    const period = await findPeriod(ctx.db, input.period)
    const last = await ctx.db
      .selectFrom('audit_log')
      .select(['at', 'user_name'])
      .where('method', '=', 'flags-run')
      .where('entity_id', '=', period.id)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst()
    return { at: last?.at ?? null, by: last?.user_name ?? null }
  },

  async 'flags-list'(input, ctx) {
    const period = await findPeriod(ctx.db, input.period)
    return listFlags(ctx.db, period.id, { status: input.status })
  },

  async 'flags-resolve'(input, ctx) {
    const row = await ctx.db.selectFrom('flags').select(['id', 'period_id']).where('id', '=', input.id).executeTakeFirst()
    if (!row) throw new AppError('not-found', t('flags.error.flagNotFound', { id: input.id }))
    await editablePeriod(ctx.db, row.period_id)
    const [before] = await listFlags(ctx.db, row.period_id, { id: row.id })
    await ctx.db
      .updateTable('flags')
      .set({ status: input.decision, reason: input.reason, decided_by: ctx.caller.name, decided_at: new Date().toISOString() })
      .where('id', '=', row.id)
      .execute()
    const [after] = await listFlags(ctx.db, row.period_id, { id: row.id })
    ctx.audit({ entity: 'flag', entityId: row.id, before, after })
    return after
  },
}
