import type { HandlerContext } from '../context'
import type { AppealCorrection } from '../../../shared/contract/appeals'
import type { PeriodKind } from '../../../shared/contract/period'
import { decidableGradesFor } from '../../../shared/domain/decidable-grades'
import { raterRoles } from '../../../shared/domain/settings'
import { t } from '../../../shared/i18n'
import { loadGridContext } from '../entry/entry-grid'
import { AppError } from '../../../shared/contract/app-error'
import { loadIndicators } from '../scheme/scheme-queries'
import { storedExemption, storedOverride, storeOverride } from '../decisions/decision-queries'

export interface CorrectionTarget {
  appealId: number
  periodId: string
  personId: number
  staffNo: string
  name: string
  /** “复核 #3：decision”, the reason an exemption or override carries */
  reason: string
}

/**
 * Writes an upheld appeal's correction. This is the one path that changes an approved period's
 * inputs: it writes to the tables directly, past the freeze the entry, import and decision
 * handlers keep. The caller recomputes afterwards.
 */
export async function applyCorrection(ctx: HandlerContext, target: CorrectionTarget, correction: AppealCorrection): Promise<void> {
  if (correction.kind === 'ratings') return replaceRatings(ctx, target, correction.ratings)
  if (correction.kind === 'exempt') return exempt(ctx, target, correction.indicator, correction.evaluation)
  return overrideGrade(ctx, target, correction.grade)
}

type RatingFix = Extract<AppealCorrection, { kind: 'ratings' }>['ratings'][number]

/**
 * Per indicator, role and rater named: the person's ratings so matched are deleted and the new
 * scores written (batch null: entered by hand). A named rater must have rated the person already,
 * so a mistyped rater is refused rather than added as one more rating; a role without a rater
 * replaces (or supplies) the whole role's ratings of that indicator.
 */
async function replaceRatings(ctx: HandlerContext, target: CorrectionTarget, fixes: readonly RatingFix[]): Promise<void> {
  const grid = await loadGridContext(ctx.db, target.periodId)
  const person = grid.people.get(target.staffNo)
  if (!person) throw new AppError('invalid-input', t('appeals.correct.notRated', { name: target.name, staffNo: target.staffNo }))
  const groups = new Map<string, { code: string; role: string; rater: string | null; scores: number[] }>()
  for (const fix of fixes) {
    const leaf = grid.leaves.get(fix.indicator)
    if (!leaf) throw new AppError('invalid-input', t('appeals.correct.unknownIndicator', { code: fix.indicator }))
    if (!person.applicable.has(fix.indicator)) throw new AppError('invalid-input', t('appeals.correct.notApplicable', { code: fix.indicator, name: target.name }))
    if (!(raterRoles as readonly string[]).includes(fix.role)) throw new AppError('invalid-input', t('appeals.correct.unknownRole', { role: fix.role, roles: raterRoles.join('、') }))
    const rater = fix.rater?.trim() || null
    const key = JSON.stringify([fix.indicator, fix.role, rater])
    const group = groups.get(key) ?? { code: fix.indicator, role: fix.role, rater, scores: [] }
    group.scores.push(fix.score)
    groups.set(key, group)
  }
  for (const g of groups.values()) {
    const indicatorId = grid.leaves.get(g.code)!.id
    let q = ctx.db
      .selectFrom('ratings')
      .select(['id', 'rater', 'score', 'batch_id'])
      .where('period_id', '=', target.periodId)
      .where('person_id', '=', target.personId)
      .where('indicator_id', '=', indicatorId)
      .where('role', '=', g.role)
    if (g.rater !== null) q = q.where('rater', '=', g.rater)
    const old = await q.orderBy('id').execute()
    if (g.rater !== null && old.length === 0) {
      throw new AppError('invalid-input', t('appeals.correct.noSuchRating', { name: target.name, code: g.code, role: g.role, rater: g.rater }))
    }
    if (old.length > 0) await ctx.db.deleteFrom('ratings').where('id', 'in', old.map((o) => o.id)).execute()
    await ctx.db
      .insertInto('ratings')
      .values(
        g.scores.map((score) => ({
          period_id: target.periodId,
          person_id: target.personId,
          indicator_id: indicatorId,
          role: g.role,
          rater: g.rater,
          score,
          batch_id: null,
          source_row: null,
        })),
      )
      .execute()
    ctx.audit({
      entity: 'ratings',
      entityId: `${target.periodId}/${target.staffNo}/${g.code}/${g.role}${g.rater ? `/${g.rater}` : ''}`,
      before: old.map((o) => ({ rater: o.rater, score: o.score, batch: o.batch_id })),
      after: { scores: g.scores, appeal: target.appealId },
    })
  }
}

async function exempt(ctx: HandlerContext, target: CorrectionTarget, code: string, evaluation: string): Promise<void> {
  const period = await ctx.db.selectFrom('periods').select('scheme_id').where('id', '=', target.periodId).executeTakeFirstOrThrow()
  const indicator = (await loadIndicators(ctx.db, period.scheme_id)).find((i) => i.code === code)
  if (!indicator) throw new AppError('invalid-input', t('appeals.correct.unknownIndicator', { code }))
  if (await storedExemption(ctx.db, target.periodId, target.personId, code)) throw new AppError('conflict', t('appeals.correct.alreadyExempt', { name: target.name, code, indicator: indicator.name }))
  const row = {
    period_id: target.periodId,
    person_id: target.personId,
    indicator_code: code,
    evaluation,
    reason: target.reason,
    decided_by: ctx.caller.name,
    decided_at: new Date().toISOString(),
    appeal_id: target.appealId,
  }
  const inserted = await ctx.db.insertInto('exemptions').values(row).returning('id').executeTakeFirstOrThrow()
  ctx.audit({ entity: 'exemption', entityId: inserted.id, before: null, after: { ...row, staffNo: target.staffNo } })
}

async function overrideGrade(ctx: HandlerContext, target: CorrectionTarget, grade: string): Promise<void> {
  const period = await ctx.db.selectFrom('periods').select(['kind', 'name']).where('id', '=', target.periodId).executeTakeFirstOrThrow()
  const allowed: readonly string[] = decidableGradesFor(period.kind as PeriodKind)
  if (!allowed.includes(grade)) throw new AppError('invalid-input', t('appeals.correct.gradeKind', { grade, period: period.name, grades: allowed.join('、') }))
  const before = await storedOverride(ctx.db, target.periodId, target.personId)
  await storeOverride(ctx.db, target.periodId, target.personId, { grade, reason: target.reason, decidedBy: ctx.caller.name })
  ctx.audit({
    entity: 'grade_override',
    entityId: `${target.periodId}/${target.staffNo}`,
    before: before ? { grade: before.grade, reason: before.reason } : null,
    after: { grade, reason: target.reason },
  })
}
