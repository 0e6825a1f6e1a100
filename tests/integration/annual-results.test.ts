import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../electron/rpc/backend'
import type { Credential } from '../../electron/core/context'
import type { PeriodResults, ResultRow } from '../../shared/contract'
import type { DepartmentGradeEntry } from '../../shared/contract/decisions'
import type { RuleSettings } from '../../shared/domain/settings'
import { buildAnnualYear } from '../support/annual-year'
import { cli } from '../support/run-cli'
import { tempDir } from '../support/temp-dir'

/**
 * A small unit through the real handlers (tests/support/annual-year.ts builds it): eight people in two departments, a quarterly scheme
 * (德 and 绩, half each) rated D1 = J1 = x so a quarter's total is x, four quarters 2025-Q1..Q4,
 * and an annual scheme whose 德 is half a rated item and half a 民主测评.
 *
 * Quarterly totals (n = 8 each quarter → 好 quota round(3.2) = 3):
 *   S01 95 94 93 92 → 好 ×4, mean 93.5      S05 58 55 59 57 → 较差 ×4, mean 57.25
 *   S02 93 92 91 90 → 好 ×4, mean 91.5      S06 91 90 86 85 → 好 好 较好 较好, mean 88
 *   S03 84 84 82 82 → 较好 ×4, mean 83      S07 90 86 85 84 → Q1 over the quota (4 at ≥ 90): 较好
 *   S04 70 68 66 64 → 一般 ×4, mean 67      S08 80 80 79 78 → 较好 较好 一般 一般
 *
 * The annual assessment: 德 = (D1 + ballot score) / 2, total = (德 + J1) / 2; ballots of 20 votes at
 * 95 / 85 / 75 / 65, 不了解 left out. Annual score = (total + quarterly mean) / 2.
 *   S01 D1 95 J1 94, ballots 16/4/0/0 → 93;  德 94;    total 94;     annual (94 + 93.5) / 2 = 93.75
 *   S02 D1 90 J1 90, ballots 14/6/0/0 → 92;  德 91;    total 90.5;   annual (90.5 + 91.5) / 2 = 91
 *   S03 D1 80 J1 82, ballots 6/8/5/1 (+2 不了解) → 84.5; 德 82.25; total 82.125; annual 82.5625
 *   S04 D1 70 J1 68, ballots 2/14/4/0 → 84;   德 77;    total 72.5;   annual (72.5 + 67) / 2 = 69.75
 *   S05 D1 55 J1 52, ballots 0/10/6/4 → 78;   德 66.5;  total 59.25;  annual (59.25 + 57.25) / 2 = 58.25
 *   S06 D1 92 J1 92, ballots 12/8/0/0 → 91;   德 91.5;  total 91.75;  annual (91.75 + 88) / 2 = 89.875
 *   S07 D1 88 J1 86, ballots 8/10/2/0 → 88;   德 88;    total 87 — but a 记大过 of 2024: 不定等次
 *   S08 not rated: 不定等次 (probation)
 */
describe('annual results through the real handlers and the CLI', () => {
  const tmp = tempDir('kaohe-annual-')
  const dbPath = path.join(tmp.dir, 'annual.db')
  let backend: Backend
  let clerk: Credential
  const ok = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await backend.dispatcher.call(clerk, method, input)
    if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`)
    return r.result as T
  }
  const refused = async (method: string, input: unknown) => {
    const r = await backend.dispatcher.call(clerk, method, input)
    if (r.ok) throw new Error(`${method} was expected to fail`)
    return r.error
  }
  let year: PeriodResults
  let q1: PeriodResults
  const row = (staffNo: string): ResultRow => year.rows.find((r) => r.staffNo === staffNo) as ResultRow

  beforeAll(async () => {
    const built = await buildAnnualYear(dbPath)
    backend = built.backend
    clerk = built.credential
    year = built.year
    q1 = await ok<PeriodResults>('results-list', { period: '2025-Q1' })
  }, 60_000)
  afterAll(async () => {
    await backend.close()
    tmp.cleanup()
  })

  it('grades the quarters as computePeriod does, flagging the one over the 好 quota', () => {
    const s07 = q1.rows.find((r) => r.staffNo === 'S07')
    expect(s07).toMatchObject({ total: 90, grade: '较好', rank: 4, proposedGrade: '较好' })
    expect(s07?.flags).toEqual([{ kind: 'overQuota', text: '超出好等次名额，按较好' }])
    expect(q1.rows.filter((r) => r.grade === '好').map((r) => r.staffNo)).toEqual(['S01', 'S02', 'S06'])
  })

  it('mixes the annual assessment with the published quarterly mean, ranks and grades the year', () => {
    expect({ kind: year.kind, quotaGrade: year.quotaGrade, graded: year.graded, goodQuota: year.goodQuota, departmentQuotas: year.departmentQuotas }).toEqual({
      kind: 'annual',
      quotaGrade: '优秀',
      graded: 6,
      // round(6 × 20 %) = 1
      goodQuota: 1,
      departmentQuotas: null,
    })
    expect(year.rows.map((r) => [r.staffNo, r.total, r.rank, r.grade])).toEqual([
      ['S01', 93.75, 1, '优秀'],
      ['S02', 91, 2, '称职'],
      ['S06', 89.88, 3, '称职'],
      ['S03', 82.56, 4, '基本称职'],
      ['S04', 69.75, 5, '基本称职'],
      ['S05', 58.25, 6, '不称职'],
      ['S07', null, null, '不定等次'],
      ['S08', null, null, '不定等次'],
    ])
    expect(row('S01').annual).toMatchObject({ assessment: 94, quarterMean: 93.5, score: 93.75, undetermined: null })
    expect(row('S01').annual?.quarters.map((q) => [q.period, q.total, q.grade])).toEqual([
      ['2025-Q1', 95, '好'],
      ['2025-Q2', 94, '好'],
      ['2025-Q3', 93, '好'],
      ['2025-Q4', 92, '好'],
    ])
    expect(row('S03').annual).toMatchObject({ assessment: 82.125, quarterMean: 83, score: 82.5625 })
    expect(row('S07').annual).toMatchObject({ assessment: 87, score: null, undetermined: 'penalty' })
    expect(row('S08').annual).toMatchObject({ assessment: null, score: null, undetermined: 'probation' })
    expect(row('S01').notes).toContain('年度得分 93.75 = 年度考核 94 × 50% + 平时考核平均 93.5 × 50%（4 个季度）')
  })

  it('says per person why the grade needs a look', () => {
    const flags = Object.fromEntries(year.rows.map((r) => [r.staffNo, r.flags.map((f) => `${f.kind}: ${f.text}`)]))
    expect(flags).toEqual({
      S01: [],
      S02: ['overQuota: 符合优秀条件，但超出优秀名额（1 个），暂按称职'],
      S06: ['penalty: 本年度受警告处分，不得评为优秀', 'excellentBarred: 年度得分达到优秀线，但本年度受处分，不能评为优秀'],
      // 5 + 1 of the 20 valid votes (the 2 不了解 left out) = 30 %
      S03: ['cap: 基本称职、不称职票合计 6/20，达到 30%，等次封顶为基本称职'],
      S04: ['penalty: 本年度列入不担当不作为负面清单（2025-07-15），不得评为优秀'],
      S05: [],
      S07: ['undetermined: 受记大过处分（2024-09-01决定），本年度不定等次'],
      S08: ['undetermined: 新录用人员试用期内，不定等次，只写评语'],
    })
    expect(year.rows.every((r) => r.proposedGrade === r.grade)).toBe(true)
  })

  it('shares the 优秀 places out to departments weighted by their own grade when the settings say so', async () => {
    expect(await ok<DepartmentGradeEntry[]>('department-grades-list', { year: 2025 })).toEqual([
      { department: '业务科', path: '业务科', grade: null },
      { department: '办公室', path: '办公室', grade: null },
    ])
    const err = await refused('department-grades-set', { year: 2025, grades: [{ path: '办公室', grade: '优秀' }, { path: '财务科', grade: '良好' }] })
    expect(err.code).toBe('invalid-input')
    expect(err.message).toContain('财务科')
    const set = await ok<DepartmentGradeEntry[]>('department-grades-set', { year: 2025, grades: [{ path: '办公室', grade: '优秀' }] })
    expect(set.map((d) => d.grade)).toEqual([null, '优秀'])
    const audit = await backend.database.db.selectFrom('audit_log').selectAll().where('entity', '=', 'department-grade').execute()
    expect(audit.map((a) => [a.entity_id, JSON.parse(a.before ?? 'null'), JSON.parse(a.after ?? 'null')])).toEqual([['2025/办公室', { grade: null }, { grade: '优秀' }]])

    const settings = await ok<RuleSettings>('settings-get', {})
    await ok('settings-update', { ...settings, annual: { ...settings.annual, quotaScope: 'departments', departmentGradeShares: { 优秀: 0.15, 良好: 0.12, 达标: 0.1, 诫勉: 0.08 } } })
    const shared = await ok<PeriodResults>('results-compute', { period: '2025' })
    // 3 graded each: 办公室 3 × 15 % = 0.45, 业务科 (no grade: 达标) 3 × 10 % = 0.3; round(0.75) = 1 place,
    // exact 0.6 / 0.4 → the place to 办公室
    expect(shared.departmentQuotas).toEqual([
      { department: '业务科', graded: 3, quota: 0 },
      { department: '办公室', graded: 3, quota: 1 },
    ])
    expect(shared.goodQuota).toBe(1)
    expect(shared.rows.filter((r) => r.grade === '优秀').map((r) => r.staffNo)).toEqual(['S01'])
    await ok('settings-update', settings)
    year = await ok<PeriodResults>('results-compute', { period: '2025' })
  })

  it('results --period 2025 --json lists grades, the proposal, flags and the annual detail; text mode shows the flags', async () => {
    await backend.close()
    const r = await cli(dbPath, 'results', '--period', '2025', '--json')
    expect(r.code, r.err).toBe(0)
    const rows = JSON.parse(r.out) as { staffNo: string; total: number | null; rank: number | null; grade: string; proposedGrade: string; flags: { kind: string; text: string }[]; annual?: { assessment: number | null; quarterMean: number | null; score: number | null } }[]
    expect(rows.map((x) => x.grade)).toEqual(['优秀', '称职', '称职', '基本称职', '基本称职', '不称职', '不定等次', '不定等次'])
    expect(rows[0]).toEqual({ staffNo: 'S01', name: '赵一', department: '办公室', total: 93.75, rank: 1, grade: '优秀', proposedGrade: '优秀', flags: [], annual: { assessment: 94, quarterMean: 93.5, score: 93.75 } })
    const s06 = rows.find((x) => x.staffNo === 'S06')
    expect(s06?.annual).toEqual({ assessment: 91.75, quarterMean: 88, score: 89.88 })
    expect(s06?.flags).toEqual([
      { kind: 'penalty', text: '本年度受警告处分，不得评为优秀' },
      { kind: 'excellentBarred', text: '年度得分达到优秀线，但本年度受处分，不能评为优秀' },
    ])
    expect(rows.find((x) => x.staffNo === 'S07')?.flags).toEqual([{ kind: 'undetermined', text: '受记大过处分（2024-09-01决定），本年度不定等次' }])

    const text = await cli(dbPath, 'results', '--period', '2025')
    expect(text.code, text.err).toBe(0)
    expect(text.out.split('\n')).toContain('4\tS03\t孙三\t业务科\t82.56\t基本称职\t基本称职、不称职票合计 6/20，达到 30%，等次封顶为基本称职')
    // the quarter's rows have no annual detail
    const quarter = JSON.parse((await cli(dbPath, 'results', '--period', '2025-Q1', '--json')).out) as Record<string, unknown>[]
    expect(quarter.every((x) => !('annual' in x))).toBe(true)
  })
})
