import type { Kysely } from 'kysely'
import type { HandlerMap } from '../context'
import type { Database } from '../../db/schema'
import type { PeriodKind, StoredFlag } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { decideGrade, type DecidedGrade, type GradeOverrideDecision } from '../../../shared/domain/grade-override'
import { decidableGradesFor } from '../../../shared/domain/decidable-grades'
import { AppError } from '../../../shared/contract/app-error'
import { findPeriod } from '../results/period-people'
import { findPeriodPerson, periodOpenToOverride } from './decision-guards'
import { listOverrides, renderedRow, storedOverride, storedResult, storeOverride } from './decision-queries'

/** the audit entity of an override; its id is `period/staffNo` */
const OVERRIDE_ENTITY = 'grade_override'

export const overrideHandlers: HandlerMap<'overrides-add' | 'overrides-remove' | 'overrides-list'> = {
  /** The committee's grade in place of the proposal: stored, applied to the result row, audited. */
  async 'overrides-add'(input, ctx) {
    const period = await periodOpenToOverride(ctx.db, input.period)
    const grades = decidableGradesFor(period.kind as PeriodKind)
    if (!grades.includes(input.grade)) {
      throw new AppError('invalid-input', t('decisions.override.wrongGrade', { period: period.id, kind: t(`period.kind.${period.kind as PeriodKind}`), grades: grades.join('、'), grade: input.grade }))
    }
    const person = await findPeriodPerson(ctx.db, period.id, input.staffNo)
    const who = { name: person.name, staffNo: person.staff_no, period: period.id }
    const result = await storedResult(ctx.db, period.id, person.id)
    if (!result) throw new AppError('conflict', t('decisions.override.noResult', who))
    const proposed = result.proposed_grade ?? result.grade
    if (input.grade === proposed) throw new AppError('conflict', t('decisions.override.sameAsProposal', { ...who, grade: proposed }))

    const earlier = await storedOverride(ctx.db, period.id, person.id)
    await storeOverride(ctx.db, period.id, person.id, { grade: input.grade, reason: input.reason, decidedBy: ctx.caller.name })
    const applied = await storeDecision(ctx.db, period.id, person.id, proposed, result.flags, { grade: input.grade, reason: input.reason })
    ctx.audit({
      entity: OVERRIDE_ENTITY,
      entityId: `${period.id}/${person.staff_no}`,
      before: { grade: result.grade, reason: earlier?.reason ?? null },
      after: { grade: applied.grade, proposedGrade: proposed, reason: input.reason },
    })
    return renderedRow(ctx.db, period.id, person.staff_no)
  },

  /** Back to the proposal; why the committee withdrew its decision goes into the audit. */
  async 'overrides-remove'(input, ctx) {
    const period = await periodOpenToOverride(ctx.db, input.period)
    const person = await findPeriodPerson(ctx.db, period.id, input.staffNo)
    const who = { name: person.name, staffNo: person.staff_no, period: period.id }
    const earlier = await storedOverride(ctx.db, period.id, person.id)
    const result = await storedResult(ctx.db, period.id, person.id)
    if (!earlier || !result) throw new AppError('conflict', t('decisions.override.none', who))
    const proposed = result.proposed_grade ?? result.grade
    await ctx.db.deleteFrom('grade_overrides').where('period_id', '=', period.id).where('person_id', '=', person.id).execute()
    const applied = await storeDecision(ctx.db, period.id, person.id, proposed, result.flags, null)
    ctx.audit({
      entity: OVERRIDE_ENTITY,
      entityId: `${period.id}/${person.staff_no}`,
      before: { grade: earlier.grade, reason: earlier.reason },
      after: { grade: applied.grade, removed: true, reason: input.reason },
    })
    return renderedRow(ctx.db, period.id, person.staff_no)
  },

  async 'overrides-list'(input, ctx) {
    const period = await findPeriod(ctx.db, input.period)
    return listOverrides(ctx.db, period.id)
  },
}

/** The person's stored result with the committee's decision (or none) applied over the proposal. */
async function storeDecision(
  db: Kysely<Database>,
  periodId: string,
  personId: number,
  proposed: string,
  storedFlags: string,
  override: GradeOverrideDecision | null,
): Promise<DecidedGrade> {
  const applied = decideGrade(proposed, JSON.parse(storedFlags) as StoredFlag[], override)
  await db
    .updateTable('results')
    .set({ grade: applied.grade, flags: JSON.stringify(applied.flags) })
    .where('period_id', '=', periodId)
    .where('person_id', '=', personId)
    .execute()
  return applied
}
