import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importBackend, type ImportBackend } from '../support/import-backend'
import { fixtureFile } from '../support/temp-dir'
import type { Period, PeriodProgress, PersonStages } from '../../shared/contract'

let k: ImportBackend
const P = '2025-Q1'

/** roster, scheme and ratings of the fixture, 2025-Q1 created and opened */
async function openFixturePeriod(name: string): Promise<ImportBackend> {
  const b = await importBackend(name)
  await b.ok('roster-import', { file: fixtureFile('roster.xlsx') })
  await b.ok('scheme-import', { file: fixtureFile('scheme.xlsx'), name: '平时考核2025' })
  await b.ok('period-create', { id: P, kind: 'quarter', scheme: '平时考核2025' })
  await b.ok('period-open', { id: P })
  await b.ok('ratings-import', { file: fixtureFile('ratings-2025-Q1.xlsx'), period: P })
  return b
}

async function stageCount(): Promise<number> {
  const r = await k.db.selectFrom('stages').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(r.n)
}

async function status(): Promise<string> {
  return (await k.db.selectFrom('periods').select('status').where('id', '=', P).executeTakeFirstOrThrow()).status
}

beforeAll(async () => {
  k = await openFixturePeriod('stages-lifecycle')
}, 60_000)
afterAll(async () => k.close())

describe('period lifecycle through the four stages (fixture 2025-Q1)', () => {
  let graded: string[] = []

  it('refuses open → review while stages are missing, naming the people, and changes nothing', async () => {
    const stages = await k.ok<PersonStages[]>('stages-list', { period: P })
    expect(stages).toHaveLength(37)
    graded = stages.filter((s) => s.status === '参加').map((s) => s.staffNo)
    expect(graded).toHaveLength(36)
    expect(stages.find((s) => s.staffNo === 'S004')?.missing).toEqual(['领导核验', '党委审定'])
    expect(stages.find((s) => s.staffNo === 'S001')?.peer.ratings).toBe(48)

    const e = await k.refused('period-advance', { id: P })
    expect(e.code).toBe('conflict')
    expect(e.message).toContain('还有 36 人未完成个人述职')
    expect(e.message).toContain('还有 37 人未完成领导核验')
    expect(e.message).toContain('罗强洋（S001，党政办公室）')
    // twenty names at most, then the count
    expect(e.message).toMatch(/）等 36 人/)
    expect(e.message).not.toContain('、等')
    expect(await status()).toBe('open')
  })

  it('the progress board counts per department and lists who is missing', async () => {
    const board = await k.ok<PeriodProgress>('period-progress', { period: P })
    expect(board.departments).toHaveLength(6)
    const office = board.departments.find((d) => d.department === '党政办公室')!
    expect(office.headcount).toBe(7)
    const self = office.stages.find((s) => s.stage === 'self')!
    expect(self).toMatchObject({ name: '个人述职', done: 0, required: 6 })
    expect(self.missing.map((m) => m.staffNo)).toEqual(['S001', 'S002', 'S003', 'S005', 'S006', 'S007'])
    expect(board.next).toMatchObject({ to: 'review', allowed: false })
    // 同事互评 follows the imported 互评 ratings: nobody lacks it, so two reasons, not three
    expect(office.stages.find((s) => s.stage === 'peer')).toMatchObject({ done: 6, required: 6, missing: [] })
    expect(board.next.reasons).toHaveLength(2)
    // the blocked list by department and stage: 党政办公室 lacks 个人述职 (6) and 领导核验 (7)
    expect(board.next.groups.filter((g) => g.department === '党政办公室').map((g) => [g.stage, g.people.length])).toEqual([
      ['self', 6],
      ['leader', 7],
    ])
    expect(board.next.groups.map((g) => g.stage)).not.toContain('peer')
    expect(board.next.others).toEqual([])
  })

  it('records stages for many people at once, validating per stage', async () => {
    const wrongPerson = await k.refused('stages-record', { period: P, staffNos: ['S001', 'S004'], payload: { stage: 'self', text: '本季度完成……', date: '2025-03-28' } })
    expect(wrongPerson.message).toContain('吴艳（S004）为不定等次')
    expect(await stageCount()).toBe(0)
    const badDate = await k.refused('stages-record', { period: P, staffNos: ['S001'], payload: { stage: 'self', text: '述职', date: '03/28/2025' } })
    expect(badDate.code).toBe('invalid-input')
    const annualGrade = await k.refused('stages-record', { period: P, staffNos: ['S001'], payload: { stage: 'leader', comment: '很好', proposedGrade: '优秀' } })
    expect(annualGrade.message).toContain('好、较好、一般、较差')
    const committeeEarly = await k.refused('stages-record', { period: P, staffNos: ['S001'], payload: { stage: 'committee' } })
    expect(committeeEarly.code).toBe('conflict')

    await k.ok('stages-record', { period: P, staffNos: graded, payload: { stage: 'self', text: '本季度完成了各项任务。', date: '2025-03-28' } })
    await k.ok('stages-record', { period: P, staffNos: graded, payload: { stage: 'peer' } })
    const leader = await k.ok<PersonStages[]>('stages-record', { period: P, staffNos: [...graded, 'S004'], payload: { stage: 'leader', comment: '工作认真负责。', proposedGrade: '较好' } })
    expect(leader).toHaveLength(37)
    const s004 = leader.find((s) => s.staffNo === 'S004')!
    // 不定等次 is comment only
    expect(s004.leader).toMatchObject({ done: true, comment: '工作认真负责。', proposedGrade: null })
    expect(s004.missing).toEqual(['党委审定'])
    expect(leader[0].self).toMatchObject({ done: true, date: '2025-03-28', attachment: null, decidedBy: expect.any(String) })
    expect(leader[0].self).not.toHaveProperty('selfScore')
    expect(await stageCount()).toBe(36 * 2 + 37)
    const audits = await k.db.selectFrom('audit_log').select('entity').where('method', '=', 'stages-record').execute()
    expect(audits.filter((a) => a.entity === 'stage')).toHaveLength(36 * 2 + 37)
  })

  it('re-recording overwrites, with the audit before and after', async () => {
    await k.ok('stages-record', { period: P, staffNos: ['S001'], payload: { stage: 'self', text: '修改后的述职', date: '2025-03-30' } })
    const last = await k.db.selectFrom('audit_log').selectAll().where('method', '=', 'stages-record').orderBy('id', 'desc').executeTakeFirstOrThrow()
    expect(JSON.parse(last.before!)).toMatchObject({ text: '本季度完成了各项任务。', report_date: '2025-03-28' })
    expect(JSON.parse(last.after!)).toMatchObject({ text: '修改后的述职', report_date: '2025-03-30' })
    expect(await stageCount()).toBe(36 * 2 + 37)
  })

  it('advances to review, then wants the committee, computed results and fresh ones', async () => {
    const review = await k.ok<Period>('period-advance', { id: P })
    expect(review.status).toBe('review')
    const e = await k.refused('period-advance', { id: P })
    expect(e.message).toContain('还有 37 人未完成党委审定')
    expect(e.message).toContain('还没有计算考核结果')

    await k.ok('results-compute', { period: P })
    await k.ok('stages-record', { period: P, staffNos: [...graded, 'S004'], payload: { stage: 'committee' } })
    // a rating changed after the computation makes the results stale
    await k.ok('entry-save', { period: P, role: '领导', rater: 'L01', cells: [{ staffNo: 'S001', code: 'D1', score: 91 }] })
    const stale = await k.refused('period-advance', { id: P })
    expect(stale.message).toContain('请重新计算')
    expect(stale.message).not.toContain('党委审定')

    // an open cross-check flag blocks approval; its decision is an input change like any other
    const flag = await k.db
      .insertInto('flags')
      .values({ period_id: P, kind: 'same-score', role: '互评', rater: 'S002', person_id: null, details: '{}', status: 'open', reason: null, decided_by: null, decided_at: null, created_at: new Date().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow()
    await k.ok('results-compute', { period: P })
    expect((await k.refused('period-advance', { id: P })).message).toContain('还有 1 条异常评分提示未处理')
    await k.db.updateTable('flags').set({ status: 'confirmed', reason: '核实无误', decided_by: 'test', decided_at: new Date().toISOString() }).where('id', '=', flag.id).execute()
    expect((await k.refused('period-advance', { id: P })).message).toContain('请重新计算')

    await k.ok('results-compute', { period: P })
    const approved = await k.ok<Period>('period-advance', { id: P })
    expect(approved.status).toBe('approved')
    const audit = await k.db.selectFrom('audit_log').selectAll().where('method', '=', 'period-advance').execute()
    expect(audit.map((a) => JSON.parse(a.after!).status)).toEqual(['review', 'approved'])
    // period-open goes the same way: one transition path, one kind of audit entry
    const opened = await k.db.selectFrom('audit_log').selectAll().where('method', '=', 'period-open').executeTakeFirstOrThrow()
    expect([JSON.parse(opened.before!), JSON.parse(opened.after!)]).toEqual([{ status: 'draft' }, { status: 'open' }])
  })

  it('after approval nothing changes: stages, entry, participation refused, the database unchanged', async () => {
    const before = { ...(await k.counts()), stages: await stageCount() }
    const ratingsBefore = await k.db.selectFrom('ratings').select(['id', 'score']).orderBy('id').execute()
    expect((await k.refused('stages-record', { period: P, staffNos: ['S001'], payload: { stage: 'peer' } })).code).toBe('frozen')
    expect((await k.refused('stages-record', { period: P, staffNos: ['S001'], payload: { stage: 'committee' } })).code).toBe('frozen')
    const entry = await k.refused('entry-save', { period: P, role: '领导', rater: 'L01', cells: [{ staffNo: 'S001', code: 'D1', score: 50 }] })
    expect(entry.code).toBe('frozen')
    expect(entry.message).toContain('已审定')
    expect((await k.refused('period-person-update', { id: P, staffNo: 'S001', status: '不参加', reason: '调离' })).code).toBe('frozen')
    const resultsBefore = await k.db.selectFrom('results').selectAll().orderBy('person_id').execute()
    const recompute = await k.refused('results-compute', { period: P })
    expect(recompute.code).toBe('frozen')
    expect(recompute.message).toContain('复核或申诉')
    expect(await k.db.selectFrom('results').selectAll().orderBy('person_id').execute()).toEqual(resultsBefore)
    expect({ ...(await k.counts()), stages: await stageCount() }).toEqual(before)
    expect(await k.db.selectFrom('ratings').select(['id', 'score']).orderBy('id').execute()).toEqual(ratingsBefore)
  })

  it('approved → noticed (by publishing the notice) → final once it has ended, then no next step', async () => {
    expect((await k.refused('period-advance', { id: P })).message).toContain('还没有发布公示')
    await k.ok('notice-publish', { period: P, startDate: '2025-04-07' })
    expect((await k.db.selectFrom('periods').select('status').where('id', '=', P).executeTakeFirstOrThrow()).status).toBe('noticed')
    expect((await k.ok<Period>('period-advance', { id: P })).status).toBe('final')
    const e = await k.refused('period-advance', { id: P })
    expect(e.code).toBe('conflict')
    expect(e.message).toContain('已定档')
    expect((await k.refused('period-open', { id: P })).message).toContain('已定档')
  })
})
