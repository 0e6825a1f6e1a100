import type { HandlerContext, HandlerMap } from '../context'
import { annualGrades, quarterlyGrades } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { requiredStages, stageRecordable, type StageKey } from '../../../shared/domain/period-lifecycle'
import { mayRecordStage } from '../../../shared/domain/stage-recorders'
import { AppError } from '../../../shared/contract/app-error'
import { findPeriodRow, loadStagedPeople, stageName, statusWord } from './stage-queries'
import { personStages } from './person-stages'
import { attachmentBytes, storeAttachment } from './attachment-handlers'
import { callerReach, isWholeUnit, scopeWords, type DepartmentReach } from '../scope/department-reach'

/** A 部门领导 records 领导核验 only; anyone else the contract lets in records what their role may. */
function refuseStageOfRole(ctx: HandlerContext, stage: StageKey): void {
  const role = ctx.caller.role
  if (mayRecordStage(role, stage)) return
  const roleWord = role ? t(`role.${role}`) : t('auth.noRole')
  const message =
    role === 'leader'
      ? t('stages.forbidden.leaderStage', { role: roleWord, leaderStage: stageName('leader'), stage: stageName(stage) })
      : t('stages.forbidden.role', { role: roleWord, stage: stageName(stage) })
  throw new AppError('forbidden', message)
}

/**
 * A limited account names people beyond its departments: refused as forbidden, in the same words
 * whether or not the staff number exists elsewhere, so the refusal tells nothing about them.
 */
function refuseOutsideReach(ctx: HandlerContext, reach: DepartmentReach, outside: readonly string[]): void {
  if (outside.length === 0 || isWholeUnit(reach)) return
  const role = ctx.caller.role
  const params = { role: role ? t(`role.${role}`) : t('auth.noRole'), scope: scopeWords(reach) ?? '', staffNos: outside.join('、') }
  throw new AppError('forbidden', role === 'leader' ? t('stages.forbidden.leaderOutside', { ...params, leaderStage: stageName('leader') }) : t('stages.forbidden.outside', params))
}

export const stageHandlers: HandlerMap<'stages-list' | 'stages-record'> = {
  async 'stages-list'(input, ctx) {
    await findPeriodRow(ctx.db, input.period)
    const people = await loadStagedPeople(ctx.db, input.period, await callerReach(ctx), input.department)
    return people.filter((p) => p.status !== '不参加').map(personStages)
  },

  /**
   * All or nothing: one refused person refuses the call, with every problem listed. Who first: a
   * stage the caller's role may not record, or a person beyond their departments, is forbidden
   * before anything about the period or the people is said.
   */
  async 'stages-record'(input, ctx) {
    const period = await findPeriodRow(ctx.db, input.period)
    const { stage } = input.payload
    refuseStageOfRole(ctx, stage)
    const reach = await callerReach(ctx)
    const people = await loadStagedPeople(ctx.db, input.period, reach)
    const byStaffNo = new Map(people.map((p) => [p.staffNo, p]))
    const wanted = [...new Set(input.staffNos)]
    refuseOutsideReach(ctx, reach, wanted.filter((s) => !byStaffNo.has(s)))
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
    for (const staffNo of wanted) {
      const p = byStaffNo.get(staffNo)
      if (!p) problems.push(t('stages.personNotFound', { period: period.id, staffNo }))
      else if (p.status === '不参加') problems.push(t('stages.notParticipating', { name: p.name, staffNo, period: period.id, stage: stageName(stage) }))
      else if (!requiredStages(p).includes(stage)) problems.push(t('stages.notRequired', { name: p.name, staffNo, stage: stageName(stage) }))
    }
    // one person's file: a batch of paper reports carries no single attachment for all of them
    if (payload.stage === 'self' && payload.attachment && wanted.length > 1) problems.push(t('stages.attachment.onePerson'))
    if (problems.length > 0) throw new AppError('invalid-input', problems.join('\n'))
    const attachment = payload.stage === 'self' ? payload.attachment : undefined
    const bytes = attachment ? attachmentBytes(attachment) : null

    const now = new Date().toISOString()
    const values = {
      text: payload.stage === 'self' ? payload.text : null,
      report_date: payload.stage === 'self' ? payload.date : null,
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
      if (attachment !== undefined) await storeAttachment(ctx, period.id, p, attachment, bytes)
    }
    const after = await loadStagedPeople(ctx.db, input.period, reach)
    const set = new Set(wanted)
    return after.filter((p) => set.has(p.staffNo)).map(personStages)
  },
}
