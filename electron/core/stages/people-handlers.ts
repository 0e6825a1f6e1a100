import type { HandlerMap } from '../context'
import { t } from '../../../shared/i18n'
import { inputsEditable, stageKeys } from '../../../shared/domain/period-lifecycle'
import { AppError } from '../../../shared/contract/app-error'
import { findPeriodRow, loadStagedPeople, PERSON_AUDIT_ENTITY, statusWord } from './stage-queries'
import { personRow } from './person-stages'
import { callerReach, peopleInReach, wholeUnit } from '../scope/department-reach'

export const peopleHandlers: HandlerMap<'period-people' | 'period-person-update'> = {
  async 'period-people'(input, ctx) {
    await findPeriodRow(ctx.db, input.id)
    const reach = await callerReach(ctx)
    const listed = (await loadStagedPeople(ctx.db, input.id, reach)).map(personRow)
    // the roster's 不参加 were left out when the period was created: list them too, to bring them in
    const absent = await peopleInReach(
      ctx.db
        .selectFrom('people')
        .innerJoin('departments', 'departments.id', 'people.department_id')
        .select(['people.staff_no', 'people.name', 'departments.name as department', 'people.status_reason'])
        .where((eb) => eb.not(eb.exists(eb.selectFrom('period_people').select('person_id').whereRef('period_people.person_id', '=', 'people.id').where('period_people.period_id', '=', input.id)))),
      reach,
    )
      .orderBy('departments.path')
      .orderBy('people.staff_no')
      .execute()
    const stages = stageKeys.map((stage) => ({ stage, required: false, done: false, decidedBy: null, decidedAt: null }))
    return [
      ...listed,
      ...absent.map((p) => ({ staffNo: p.staff_no, name: p.name, department: p.department, status: '不参加', reason: p.status_reason, stages })),
    ]
  },

  /**
   * A person's participation in one period. Someone the roster left out (不参加 when the period was
   * created) is added to the period here; stages already recorded stay, so a change back restores them.
   */
  async 'period-person-update'(input, ctx) {
    const period = await findPeriodRow(ctx.db, input.id)
    if (!inputsEditable(period.status)) throw new AppError('frozen', t('stages.peopleClosed', { period: period.id, status: statusWord(period.status) }))
    const reason = input.reason ? input.reason : null
    if (input.status === '不定等次' && !reason) throw new AppError('invalid-input', t('stages.reasonNeeded'))
    const person = await ctx.db.selectFrom('people').select(['id', 'name']).where('staff_no', '=', input.staffNo).executeTakeFirst()
    if (!person) throw new AppError('not-found', t('stages.personNotFound', { period: period.id, staffNo: input.staffNo }))
    const before = await ctx.db
      .selectFrom('period_people')
      .select(['status', 'status_reason'])
      .where('period_id', '=', period.id)
      .where('person_id', '=', person.id)
      .executeTakeFirst()
    const after = { status: input.status, status_reason: reason }
    if (before) await ctx.db.updateTable('period_people').set(after).where('period_id', '=', period.id).where('person_id', '=', person.id).execute()
    else await ctx.db.insertInto('period_people').values({ period_id: period.id, person_id: person.id, ...after }).execute()
    ctx.audit({ entity: PERSON_AUDIT_ENTITY, entityId: `${period.id}/${input.staffNo}`, before: before ?? null, after })
    const row = (await loadStagedPeople(ctx.db, period.id, wholeUnit)).find((p) => p.staffNo === input.staffNo)
    if (!row) throw new AppError('internal', t('error.internal', { ref: 'period-person-update' }))
    return personRow(row)
  },
}
