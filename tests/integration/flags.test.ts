import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Kysely } from 'kysely'
import type { Database } from '../../electron/db/schema'
import type { Flag, FlagsLastRun, FlagsRunResult, PeriodResults, RaterSettingsView } from '../../shared/contract'
import { importBackend, type ImportBackend } from '../support/import-backend'
import { signInAs } from '../support/accounts'

/**
 * A small synthetic period with every kind of input, written straight into the database:
 * six people S001–S006 in 窗口科; scheme 德 40 % (D1 评分) · 绩 60 % (J1 票决 50 %, J2 目标 50 %, target 20).
 * Person i (1..6): 领导 L1 = 78 + 2i, 互评 R1 = 100 (everyone), 互评 R2 = 69 + i; S001 also 自评 100.
 * Ballots for everyone on J1: 优秀 10, 称职 6, 基本称职 3, 不称职 1 → (950+510+225+65)/20 = 87.5.
 * Satisfaction on D1: 窗口科 30 满意 / 5 基本满意 / 5 不满意 → 3300/40 = 82.5; S001's own rate 0.9 → 90 wins.
 * Measures on J2: S001 15 → 75; the others 20 → 100.
 */
async function seed(db: Kysely<Database>) {
  const now = new Date().toISOString()
  const dep = await db.insertInto('departments').values({ name: '窗口科', path: '窗口科', parent_id: null }).returning('id').executeTakeFirstOrThrow()
  const people: number[] = []
  for (let i = 1; i <= 6; i++) {
    const p = await db
      .insertInto('people')
      .values({ staff_no: `S00${i}`, name: `人${i}`, department_id: dep.id, position_class: '窗口服务', rank_title: null, is_leader: 0, gender: null, birth: null, political: null, status: '参加', status_reason: null, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    people.push(p.id)
  }
  const scheme = await db.insertInto('schemes').values({ name: '窗口考核', version: 1, status: 'draft', created_at: now, based_on_version: null }).returning('id').executeTakeFirstOrThrow()
  const ids: Record<string, number> = {}
  const rows = [
    ['D', '德', null, 0.4, '评分', null],
    ['D1', '服务态度', 'D', 1, '评分', null],
    ['J', '绩', null, 0.6, '评分', null],
    ['J1', '民主测评', 'J', 0.5, '票决', null],
    ['J2', '办件量', 'J', 0.5, '目标', 20],
  ] as const
  for (const [i, [code, name, parent, weight, mode, target]] of rows.entries()) {
    const r = await db
      .insertInto('indicators')
      .values({ scheme_id: scheme.id, code, name, parent_code: parent, weight, layer: '共性', scope: '[]', nature: '质量', mode, target, direction: '越高越好', cap: null, valid_from: null, valid_to: null, description: null, sort_order: i + 1 })
      .returning('id')
      .executeTakeFirstOrThrow()
    ids[code] = r.id
  }
  await db.insertInto('periods').values({ id: '2025-Q2', kind: 'quarter', year: 2025, name: '2025年第二季度', scheme_id: scheme.id, status: 'open', start_date: '2025-04-01', end_date: '2025-06-30', created_at: now }).execute()
  const rating = (person: number, role: string, rater: string, score: number) => ({ period_id: '2025-Q2', person_id: person, indicator_id: ids.D1, role, rater, score, batch_id: null, source_row: null })
  const ratings = people.flatMap((p, k) => [rating(p, '领导', 'L1', 80 + 2 * k), rating(p, '互评', 'R1', 100), rating(p, '互评', 'R2', 70 + k)])
  ratings.push(rating(people[0], '自评', 'S001', 100))
  await db.insertInto('ratings').values(ratings).execute()
  await db
    .insertInto('ballots')
    .values(people.map((p) => ({ period_id: '2025-Q2', person_id: p, indicator_id: ids.J1, excellent: 10, competent: 6, basic: 3, incompetent: 1, unknown: 2, batch_id: null, source_row: null })))
    .execute()
  const sat = { period_id: '2025-Q2', indicator_id: ids.D1, batch_id: null, source_row: null }
  await db
    .insertInto('satisfaction')
    .values([
      { ...sat, person_id: null, department_id: dep.id, satisfied: 30, basic: 5, dissatisfied: 5, rate: null },
      { ...sat, person_id: people[0], department_id: null, satisfied: null, basic: null, dissatisfied: null, rate: 0.9 },
    ])
    .execute()
  await db
    .insertInto('measures')
    .values(people.map((p, k) => ({ period_id: '2025-Q2', person_id: p, indicator_id: ids.J2, actual: k === 0 ? 15 : 20, batch_id: null, source_row: null })))
    .execute()
  for (const p of people) await db.insertInto('period_people').values({ period_id: '2025-Q2', person_id: p, status: '参加', status_reason: null }).execute()
}

describe('every input counts, and cross-check flags decide which ratings stand', () => {
  let b: ImportBackend
  const totals = async () => {
    const r = await b.ok<PeriodResults>('results-compute', { period: '2025-Q2' })
    return Object.fromEntries(r.rows.map((x) => [x.staffNo, x.total]))
  }
  const fullMarks = (flags: Flag[]) => flags.find((f) => f.kind === 'full-marks') as Flag

  beforeAll(async () => {
    b = await importBackend('flags')
    await seed(b.db)
  })
  afterAll(async () => b.close())

  it('computes the totals from ratings, ballots, satisfaction and measures', async () => {
    // S001: D1 = 领导 80 ×0.5 + 互评 (100+70)/2 = 85 ×0.3 + 自评 100 ×0.1 + 群众 90 ×0.1 = 40 + 25.5 + 10 + 9 = 84.5
    //       J = 0.5 × 87.5 + 0.5 × 75 = 81.25; total = 0.4 × 84.5 + 0.6 × 81.25 = 33.8 + 48.75 = 82.55
    // S002: D1 = (41 + 0.3 × 85.5 + 0.1 × 82.5) / 0.9 = (41 + 25.65 + 8.25) / 0.9 = 83.2222…
    //       J = 0.5 × 87.5 + 0.5 × 100 = 93.75; total = 33.2889 + 56.25 = 89.5389 → 89.54
    const t = await totals()
    expect(t.S001).toBe(82.55)
    expect(t.S002).toBe(89.54)
  })

  it('flags R1 (100 for everyone), the raters far from consensus, and S001 rating themselves far above the others', async () => {
    // before the first run the period says it was never checked, not "0 flags"
    expect(await b.ok<FlagsLastRun>('flags-last-run', { period: '2025-Q2' })).toEqual({ at: null, by: null })
    const r = await b.ok<FlagsRunResult>('flags-run', { period: '2025-Q2' })
    expect(await b.ok<FlagsLastRun>('flags-last-run', { period: '2025-Q2' })).toEqual({ at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/), by: expect.any(String) })
    // R1 vs mean(L1, R2): deviations 25, 23.5, 22, 20.5, 19, 17.5 → 127.5/6 = 21.25 > 15
    // R2 vs mean(L1, R1): 20 on every person → 20 > 15; L1 stays within 15
    // S001: self 100 − others (80 + 100 + 70)/3 = 83.33 → 16.67 > 10
    expect(r.flags.map((f) => [f.kind, f.role, f.rater, f.person?.staffNo ?? null, f.status])).toEqual([
      ['full-marks', '互评', 'R1', null, 'open'],
      ['far-from-consensus', '互评', 'R1', null, 'open'],
      ['far-from-consensus', '互评', 'R2', null, 'open'],
      ['self-score-gap', '自评', 'S001', 'S001', 'open'],
    ])
    expect(r.flags[1].details).toMatchObject({ deviation: 21.25, items: 6, limit: 15 })
    expect(r.flags[3].details).toMatchObject({ self: 100, others: 83.33, gap: 16.67 })
    expect(r.flags[0].details.message).toContain('满分')
    expect(r).toMatchObject({ added: 4, kept: 0, dropped: 0 })
  })

  it('refuses a decision without a reason', async () => {
    const flags = await b.ok<Flag[]>('flags-list', { period: '2025-Q2' })
    expect((await b.refused('flags-resolve', { id: fullMarks(flags).id, decision: 'excluded', reason: '  ' })).code).toBe('invalid-input')
  })

  it('confirming R1 changes nothing; excluding it takes R1 out of 互评', async () => {
    const flags = await b.ok<Flag[]>('flags-list', { period: '2025-Q2' })
    const confirmed = await b.ok<Flag>('flags-resolve', { id: fullMarks(flags).id, decision: 'confirmed', reason: '核实属实' })
    expect(confirmed).toMatchObject({ status: 'confirmed', reason: '核实属实', decidedBy: expect.any(String) })
    expect(await totals()).toMatchObject({ S001: 82.55, S002: 89.54 })

    await b.ok<Flag>('flags-resolve', { id: fullMarks(flags).id, decision: 'excluded', reason: '对所有人打满分，不予采信' })
    // S001: 互评 = R2 70 → D1 = 40 + 21 + 10 + 9 = 80; total = 32 + 48.75 = 80.75 (0.4 × 0.3 × 15 = 1.8 less)
    // S002: D1 = (41 + 0.3 × 71 + 8.25) / 0.9 = 70.55 / 0.9 = 78.3889; total = 31.3556 + 56.25 = 87.6056 → 87.61
    expect(await totals()).toMatchObject({ S001: 80.75, S002: 87.61 })
    expect((await b.ok<Flag[]>('flags-list', { period: '2025-Q2', status: 'open' })).length).toBe(3)
  })

  it('flags-run again keeps the decision', async () => {
    const r = await b.ok<FlagsRunResult>('flags-run', { period: '2025-Q2' })
    expect(r).toMatchObject({ added: 0, kept: 4, dropped: 0 })
    expect(fullMarks(r.flags)).toMatchObject({ status: 'excluded', reason: '对所有人打满分，不予采信' })
    expect(await totals()).toMatchObject({ S001: 80.75 })
  })

  it('rater settings: refused on the frozen version; a dimension override moves only its dimension', async () => {
    const update = { scheme: '窗口考核', dimension: 'D', settings: { roleWeights: { 领导: 0.5, 互评: 0, 自评: 0, 群众: 0.5 } } }
    expect((await b.refused('rater-settings-update', update)).code).toBe('frozen')
    await b.db.updateTable('periods').set({ status: 'draft' }).where('id', '=', '2025-Q2').execute()
    const view = await b.ok<RaterSettingsView>('rater-settings-update', update)
    expect(view.scheme).toBeNull()
    expect(view.dimensions).toEqual([
      { code: 'D', name: '德', settings: update.settings },
      { code: 'J', name: '绩', settings: null },
    ])
    // S001: D1 = 0.5 × 80 + 0.5 × 90 = 85; total = 0.4 × 85 + 48.75 = 82.75
    expect(await totals()).toMatchObject({ S001: 82.75 })
    // the results keep the rater settings they were computed with
    const stored = await b.ok<PeriodResults>('results-list', { period: '2025-Q2' })
    expect(stored.settings?.raterSettings?.dimensions).toMatchObject({ D: update.settings })
    expect((await b.refused('rater-settings-update', { ...update, dimension: 'X' })).code).toBe('not-found')
    await b.ok('rater-settings-update', { ...update, settings: null })
    expect(await totals()).toMatchObject({ S001: 80.75 })
  })

  it('refuses to run or decide flags once the period is approved', async () => {
    await b.db.updateTable('periods').set({ status: 'approved' }).where('id', '=', '2025-Q2').execute()
    const flags = await b.ok<Flag[]>('flags-list', { period: '2025-Q2' })
    expect((await b.refused('flags-resolve', { id: flags[1].id, decision: 'confirmed', reason: '无异常' })).code).toBe('frozen')
    expect((await b.refused('flags-run', { period: '2025-Q2' })).code).toBe('frozen')
  })

  it('audits runs, decisions and rater settings', async () => {
    // the log is the 安全审计员's to read
    const auditor = await signInAs(b.backend.dispatcher, 'auditor')
    const listed = await b.backend.dispatcher.call(auditor, 'audit-list', { limit: 50 })
    if (!listed.ok) throw new Error(listed.error.message)
    const audit = listed.result as { method: string; entity: string }[]
    const methods = audit.map((a) => a.method)
    expect(methods.filter((m) => m === 'flags-run').length).toBe(2)
    expect(methods.filter((m) => m === 'flags-resolve').length).toBe(2)
    expect(methods.filter((m) => m === 'rater-settings-update').length).toBe(2)
  })
})
