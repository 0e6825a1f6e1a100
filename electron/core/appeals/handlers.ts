import type { HandlerMap } from '../context'
import type { Appeal } from '../../../shared/contract/appeals'
import { t } from '../../../shared/i18n'
import { AppError } from '../../../shared/contract/app-error'
import { assertDate } from '../notice/dates'
import { computeAndStore } from '../results/compute-and-store'
import { periodPeopleQuery } from '../results/period-people'
import { findPeriodRow, statusWord } from '../stages/stage-queries'
import { findAppeal, listAppeals, snapshotResults } from './appeal-queries'
import { applyCorrection } from './apply-correction'
import { wholeUnit } from '../scope/department-reach'

/** Appeals come after the committee's approval: before it, results can still be corrected the ordinary way. */
const APPEALABLE = ['approved', 'noticed', 'final']

async function appealOrThrow(db: Parameters<typeof findAppeal>[0], id: number): Promise<Appeal> {
  const appeal = await findAppeal(db, id)
  if (!appeal) throw new AppError('not-found', t('appeals.notFound', { id }))
  return appeal
}

export const appealsHandlers: HandlerMap<'appeals-add' | 'appeals-decide' | 'appeals-list'> = {
  /**
   * A late filing is recorded with its lateness, never refused: whether to hear it is the
   * committee's call. A 申诉 after a 复核 counts from that 复核's decision unless told otherwise.
   */
  async 'appeals-add'(input, ctx) {
    const period = await findPeriodRow(ctx.db, input.period)
    if (!APPEALABLE.includes(period.status)) throw new AppError('conflict', t('appeals.add.notApproved', { id: period.id, status: statusWord(period.status) }))
    assertDate(input.filedOn, t('appeals.field.filedOn'))
    if (input.reviewDecidedOn !== undefined) {
      if (input.kind === '复核') throw new AppError('invalid-input', t('appeals.add.reviewDateOnReview'))
      assertDate(input.reviewDecidedOn, t('appeals.field.reviewDecidedOn'))
    }
    const person = await periodPeopleQuery(ctx.db, period.id, wholeUnit).where('people.staff_no', '=', input.staffNo.normalize('NFKC').trim()).executeTakeFirst()
    if (!person) throw new AppError('not-found', t('appeals.add.notInPeriod', { staffNo: input.staffNo, id: period.id }))
    let reviewDecidedOn = input.reviewDecidedOn ?? null
    if (input.kind === '申诉' && reviewDecidedOn === null) {
      const review = await ctx.db
        .selectFrom('appeals')
        .select('decided_on')
        .where('period_id', '=', period.id)
        .where('person_id', '=', person.id)
        .where('kind', '=', '复核')
        .where('decided_on', 'is not', null)
        .orderBy('decided_on', 'desc')
        .executeTakeFirst()
      reviewDecidedOn = review?.decided_on ?? null
    }
    if (reviewDecidedOn !== null && input.filedOn < reviewDecidedOn) {
      throw new AppError('invalid-input', t('appeals.add.beforeReview', { filedOn: input.filedOn, reviewDecidedOn }))
    }
    const row = {
      period_id: period.id,
      person_id: person.id,
      kind: input.kind,
      filed_on: input.filedOn,
      review_decided_on: reviewDecidedOn,
      reason: input.reason,
      status: 'pending',
      decided_on: null,
      decision: null,
      correction: null,
      before: null,
      after: null,
      created_by: ctx.caller.name,
      created_at: new Date().toISOString(),
      decided_by: null,
    }
    const { id } = await ctx.db.insertInto('appeals').values(row).returning('id').executeTakeFirstOrThrow()
    const appeal = await appealOrThrow(ctx.db, id)
    ctx.audit({
      entity: 'appeal',
      entityId: id,
      before: null,
      after: { period: period.id, staffNo: person.staff_no, kind: input.kind, filedOn: input.filedOn, reviewDecidedOn, reason: input.reason, deadlines: appeal.deadlines },
    })
    return appeal
  },

  /**
   * Upheld with a correction: the correction is written, the period recomputed from what is stored
   * (overrides kept), and everyone's result kept before and after. The period's status stays.
   */
  async 'appeals-decide'(input, ctx) {
    const appeal = await appealOrThrow(ctx.db, input.id)
    if (appeal.status !== 'pending') {
      throw new AppError('conflict', t('appeals.decide.already', { id: appeal.id, outcome: t(`appeals.status.${appeal.status}`), date: appeal.decidedOn ?? '' }))
    }
    assertDate(input.decidedOn, t('appeals.field.decidedOn'))
    if (input.decidedOn < appeal.filedOn) throw new AppError('invalid-input', t('appeals.decide.beforeFiled', { decidedOn: input.decidedOn, filedOn: appeal.filedOn }))
    if (input.outcome === 'rejected' && input.correction) throw new AppError('invalid-input', t('appeals.decide.rejectedWithCorrection'))
    let before: string | null = null
    let after: string | null = null
    if (input.outcome === 'upheld' && input.correction) {
      const person = await ctx.db.selectFrom('people').select('id').where('staff_no', '=', appeal.staffNo).executeTakeFirstOrThrow()
      const snapshotBefore = await snapshotResults(ctx.db, appeal.period)
      await applyCorrection(
        ctx,
        {
          appealId: appeal.id,
          periodId: appeal.period,
          personId: person.id,
          staffNo: appeal.staffNo,
          name: appeal.name,
          reason: t('appeals.correctionReason', { kind: appeal.kind, id: appeal.id, decision: input.decision }),
        },
        input.correction,
      )
      await computeAndStore(ctx, appeal.period)
      before = JSON.stringify(snapshotBefore)
      after = JSON.stringify(await snapshotResults(ctx.db, appeal.period))
    }
    await ctx.db
      .updateTable('appeals')
      .set({
        status: input.outcome,
        decided_on: input.decidedOn,
        decision: input.decision,
        correction: input.correction ? JSON.stringify(input.correction) : null,
        before,
        after,
        decided_by: ctx.caller.name,
      })
      .where('id', '=', appeal.id)
      .where('status', '=', 'pending')
      .execute()
    const decided = await appealOrThrow(ctx.db, appeal.id)
    ctx.audit({
      entity: 'appeal',
      entityId: appeal.id,
      before: { status: appeal.status },
      after: { status: decided.status, decidedOn: decided.decidedOn, decision: decided.decision, decidedLate: decided.decidedLate, correction: decided.correction, changes: decided.changes },
    })
    return decided
  },

  async 'appeals-list'(input, ctx) {
    if (input.period !== undefined) await findPeriodRow(ctx.db, input.period)
    return listAppeals(ctx.db, input.period)
  },
}
