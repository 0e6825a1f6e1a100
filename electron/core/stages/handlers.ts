import type { HandlerMap } from '../context'
import { annualGrades, quarterlyGrades } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { requiredStages, stageRecordable } from '../../../shared/domain/period-lifecycle'
import { AppError } from '../../../shared/contract/app-error'
import { findPeriodRow, loadStagedPeople, stageName, statusWord } from './stage-queries'
import { personStages } from './person-stages'

export const stageHandlers: HandlerMap<'stages-list' | 'stages-record'> = {
  async 'stages-list'(input, ctx) {
    await findPeriodRow(ctx.db, input.period)
    const people = await loadStagedPeople(ctx.db, input.period, input.department)
    return people.filter((p) => p.status !== '不参加').map(personStages)
  },

  /** All or nothing: one refused person refuses the call, with every problem listed. */
  async 'stages-record'(input, ctx) {
    const period = await findPeriodRow(ctx.db, input.period)
    const { stage } = input.payload
    if (!stageRecordable(period.status, stage)) {
      const key = stage === 'committee' && (period.status === 'draft' || period.status === 'open') ? 'stages.committeeNotYet' : 'stages.closed'
      throw new AppError(key === 'stages.closed' ? 'frozen' : 'conflict', t(key, { period: period.id, status: statusWord(period.status), stage: stageName(stage) }))
    }
    const payload = input.payload
    const problems: string[] = []
    if (payload.stage === 'leader') {
      if (!payload.comment) problems.push(t('stages.commentNeeded'))
      const grades: readonly string[] = period.kind === 'quarter' ? quarterlyGrades : annualGrades
      if (payload.proposedGrade !== undefined && !grades.includes(payload.proposedGrade)) {
        problems.push(t('stages.gradeKind', { period: period.id, kind: t(`period.kind.${period.kind === 'quarter' ? 'quarter' : period.kind === 'annual' ? 'annual' : 'special'}`), grades: grades.join('、') }))
      }
    }
    const people = await loadStagedPeople(ctx.db, input.period)
    const byStaffNo = new Map(people.map((p) => [p.staffNo, p]))
    const wanted = [...new Set(input.staffNos)]
    for (const staffNo of wanted) {
      const p = byStaffNo.get(staffNo)
      if (!p) problems.push(t('stages.personNotFound', { period: period.id, staffNo }))
      else if (p.status === '不参加') problems.push(t('stages.notParticipating', { name: p.name, staffNo, period: period.id, stage: stageName(stage) }))
      else if (!requiredStages(p).includes(stage)) problems.push(t('stages.notRequired', { name: p.name, staffNo, stage: stageName(stage) }))
    }
    if (problems.length > 0) throw new AppError('invalid-input', problems.join('\n'))

    const now = new Date().toISOString()
    const values = {
      text: payload.stage === 'self' ? payload.text : null,
      self_score: payload.stage === 'self' ? payload.selfScore : null,
      // an ungraded person (不定等次) gets a comment, never a grade
      comment: payload.stage === 'leader' ? (payload.comment ?? null) : null,
      proposed_grade: payload.stage === 'leader' ? (payload.proposedGrade ?? null) : null,
      decided_by: ctx.caller.name,
      decided_at: now,
    }
    for (const staffNo of wanted) {
      const p = byStaffNo.get(staffNo)!
      const values2 = p.status === '不定等次' ? { ...values, proposed_grade: null } : values
      const before = p.stages.get(stage)
      await ctx.db
        .insertInto('stages')
        .values({ period_id: period.id, person_id: p.personId, stage, ...values2 })
        .onConflict((oc) => oc.columns(['period_id', 'person_id', 'stage']).doUpdateSet(values2))
        .execute()
      ctx.audit({ entity: 'stage', entityId: `${period.id}/${staffNo}/${stage}`, before: before ?? null, after: { period_id: period.id, person_id: p.personId, stage, ...values2 } })
    }
    const after = await loadStagedPeople(ctx.db, input.period)
    const set = new Set(wanted)
    return after.filter((p) => set.has(p.staffNo)).map(personStages)
  },
}
