import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Exemption, GradeOverride, PeriodResults, ResultRow } from '../../shared/contract'
import type { ImportBackend } from '../support/import-backend'
import { P, seededBackend, walkToReview } from '../support/fixture-in-review'
import { cli } from '../support/run-cli'

let k: ImportBackend

const rowOf = async (staffNo: string): Promise<ResultRow> => (await k.ok<PeriodResults>('results-list', { period: P })).rows.find((r) => r.staffNo === staffNo)!
const count = async (table: 'exemptions' | 'grade_overrides' | 'computations'): Promise<number> =>
  Number((await k.db.selectFrom(table).select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)
const audits = (method: string) => k.db.selectFrom('audit_log').selectAll().where('method', '=', method).orderBy('id').execute()

const evaluation = '经容错纠错评估：探索“一窗通办”新做法，程序合规，未谋私利'
const reason = '群众矛盾化解指标受改革试点影响，依规免责'

beforeAll(async () => {
  k = await seededBackend('decisions')
}, 60_000)
afterAll(async () => k.close())

describe('committee decisions before review (2025-Q1 open)', () => {
  it('an override waits for 党委审定 and says so', async () => {
    const e = await k.refused('overrides-add', { period: P, staffNo: 'S001', grade: '好', reason: '表现突出' })
    expect(e.code).toBe('conflict')
    expect(e.message).toContain('进行中')
    expect(e.message).toContain('审核中')
    expect(await count('grade_overrides')).toBe(0)
  })

  it('an exemption is recorded while the period is open; with no results yet nothing is computed', async () => {
    const added = await k.ok<Exemption>('exemptions-add', { period: P, staffNo: 'S001', indicator: 'N2', evaluation, reason })
    expect(added).toMatchObject({ period: P, staffNo: 'S001', name: '罗强洋', department: '党政办公室', indicatorCode: 'N2', indicatorName: '群众矛盾化解效果', evaluation, reason, appealId: null })
    expect(await count('computations')).toBe(0)
    expect(await k.ok<Exemption[]>('exemptions-list', { period: P })).toEqual([added])

    const removed = await k.ok<Exemption>('exemptions-remove', { id: added.id, reason: '评估意见撤回' })
    expect(removed.id).toBe(added.id)
    expect(await k.ok<Exemption[]>('exemptions-list', { period: P })).toEqual([])
    const log = await audits('exemptions-remove')
    expect(JSON.parse(log[0].before!)).toMatchObject({ staffNo: 'S001', indicator: 'N2' })
    expect(JSON.parse(log[0].after!)).toEqual({ removed: true, reason: '评估意见撤回' })
  })

  it('refuses an exemption that cannot apply, saying why', async () => {
    // J3 一次办结率 is an individual indicator of 窗口服务 posts; S001 is 综合管理
    const notHis = await k.refused('exemptions-add', { period: P, staffNo: 'S001', indicator: 'J3', evaluation, reason })
    expect(notHis.code).toBe('conflict')
    expect(notHis.message).toContain('一次办结率')
    expect(notHis.message).toContain('不适用于罗强洋（S001）')
    const unknown = await k.refused('exemptions-add', { period: P, staffNo: 'S001', indicator: 'X9', evaluation, reason })
    expect(unknown.code).toBe('not-found')
    expect(unknown.message).toContain('X9')
    const ungraded = await k.refused('exemptions-add', { period: P, staffNo: 'S004', indicator: 'N2', evaluation, reason })
    expect(ungraded.message).toContain('不定等次')
    expect((await k.refused('exemptions-add', { period: P, staffNo: 'S999', indicator: 'N2', evaluation, reason })).code).toBe('not-found')
    expect((await k.refused('exemptions-add', { period: P, staffNo: 'S001', indicator: 'N2', evaluation, reason: '短' })).code).toBe('invalid-input')
    expect((await k.refused('exemptions-remove', { id: 999, reason })).code).toBe('not-found')
    expect(await count('exemptions')).toBe(0)
  })
})

describe('committee decisions in review', () => {
  beforeAll(async () => walkToReview(k), 60_000)

  it('an override must be on the quarterly scale, and differ from the proposal', async () => {
    const annual = await k.refused('overrides-add', { period: P, staffNo: 'S001', grade: '优秀', reason: '表现突出' })
    expect(annual.code).toBe('invalid-input')
    expect(annual.message).toContain('好、较好、一般、较差、不定等次')
    const same = await k.refused('overrides-add', { period: P, staffNo: 'S001', grade: '较好', reason: '维持原建议' })
    expect(same.code).toBe('conflict')
    expect(same.message).toContain('建议等次就是“较好”')
    expect(await count('grade_overrides')).toBe(0)
  })

  it('overrides a grade, keeps the proposal, flags it with the reason; deciding again replaces it', async () => {
    const row = await k.ok<ResultRow>('overrides-add', { period: P, staffNo: 'S001', grade: '好', reason: '牵头完成防汛抢险任务' })
    expect(row).toMatchObject({ staffNo: 'S001', grade: '好', proposedGrade: '较好', total: 86.6 })
    expect(row.flags).toEqual([{ kind: 'override', text: '考核委员会改定为“好”（原建议“较好”）：牵头完成防汛抢险任务' }])

    const again = await k.ok<ResultRow>('overrides-add', { period: P, staffNo: 'S001', grade: '一般', reason: '复议后改定' })
    expect(again.flags.filter((f) => f.kind === 'override')).toHaveLength(1)
    expect(again.grade).toBe('一般')
    const log = await audits('overrides-add')
    expect(log.map((a) => [JSON.parse(a.before!), JSON.parse(a.after!)])).toEqual([
      [{ grade: '较好', reason: null }, { grade: '好', proposedGrade: '较好', reason: '牵头完成防汛抢险任务' }],
      [{ grade: '好', reason: '牵头完成防汛抢险任务' }, { grade: '一般', proposedGrade: '较好', reason: '复议后改定' }],
    ])
    expect(log[0].entity_id).toBe('2025-Q1/S001')
    const list = await k.ok<GradeOverride[]>('overrides-list', { period: P })
    expect(list).toEqual([expect.objectContaining({ staffNo: 'S001', name: '罗强洋', proposedGrade: '较好', grade: '一般', reason: '复议后改定' })])
  })

  it('a recompute keeps the committee decision over the proposal', async () => {
    await k.ok('results-compute', { period: P })
    expect(await rowOf('S001')).toMatchObject({ grade: '一般', proposedGrade: '较好' })
  })

  it('removing the override goes back to the proposal, audited with why', async () => {
    const row = await k.ok<ResultRow>('overrides-remove', { period: P, staffNo: 'S001', reason: '委员会撤回改定' })
    expect(row).toMatchObject({ grade: '较好', proposedGrade: '较好', flags: [] })
    expect(await k.ok<GradeOverride[]>('overrides-list', { period: P })).toEqual([])
    const [log] = await audits('overrides-remove')
    expect(JSON.parse(log.after!)).toEqual({ grade: '较好', removed: true, reason: '委员会撤回改定' })
    const again = await k.refused('overrides-remove', { period: P, staffNo: 'S001', reason: '再撤一次' })
    expect(again.code).toBe('conflict')
  })

  it('an exemption with results recomputes the period; removing it restores the total', async () => {
    const others = (await k.ok<PeriodResults>('results-list', { period: P })).rows.filter((r) => r.staffNo !== 'S001').map((r) => [r.staffNo, r.total])
    const added = await k.ok<Exemption>('exemptions-add', { period: P, staffNo: 'S001', indicator: 'N2', evaluation, reason })
    const row = await rowOf('S001')
    // 能 = N1 alone: 79.6667 (was 0.6 × 79.6667 + 0.4 × 84.5278 = 81.6111); total 86.5965 − 0.15 × 1.9444 = 86.3049
    expect(row.dimensions.N).toBe(79.67)
    expect(row.total).toBe(86.3)
    expect(row.exempted).toEqual(['群众矛盾化解效果'])
    expect(row.notes).toContain('容错免责：群众矛盾化解效果 不计入，其余按权重折算')
    expect((await k.ok<PeriodResults>('results-list', { period: P })).rows.filter((r) => r.staffNo !== 'S001').map((r) => [r.staffNo, r.total])).toEqual(others)
    const dup = await k.refused('exemptions-add', { period: P, staffNo: 'S001', indicator: 'N2', evaluation, reason })
    expect(dup.code).toBe('conflict')
    expect(dup.message).toContain(`编号 ${added.id}`)

    await k.ok('exemptions-remove', { id: added.id, reason: '评估意见撤回' })
    expect(await rowOf('S001')).toMatchObject({ total: 86.6, exempted: [] })
    expect((await rowOf('S001')).dimensions.N).toBe(81.61)
  })
})

describe('the decisions on the command line (period in review)', () => {
  const db = () => k.backend.database.path

  it('override --json prints the result row; --list and --remove follow', async () => {
    const run = await cli(db(), 'override', '--period', P, '--staff', 'S012', '--grade', '较好', '--reason', '承担专项整治任务', '--json')
    expect(run.code).toBe(0)
    expect(JSON.parse(run.out)).toMatchObject({ staffNo: 'S012', grade: '较好', proposedGrade: '一般' })
    const list = await cli(db(), 'override', '--list', '--period', P)
    expect(list.out).toContain('S012\t郝萱宁\t经济发展办公室\t建议“一般”→ 改定“较好”\t承担专项整治任务')
    const removed = await cli(db(), 'override', '--remove', '--period', P, '--staff', 'S012', '--reason', '委员会撤回')
    expect(removed.out).toBe('郝萱宁（S012）已撤销改定，等次恢复为建议的“一般”。')
    const missing = await cli(db(), 'override', '--period', P, '--staff', 'S012', '--reason', '缺等次')
    expect(missing.code).toBe(2)
    expect(missing.err).toContain('--grade')
  })

  it('exempt prints the total before and after the recompute; --remove restores it', async () => {
    const run = await cli(db(), 'exempt', '--period', P, '--staff', 'S001', '--indicator', 'N2', '--evaluation', evaluation, '--reason', reason)
    expect(run.code).toBe(0)
    expect(run.out).toContain('已为罗强洋（S001）办理容错免责：群众矛盾化解效果（N2）')
    expect(run.out).toContain('已重新计算：总分 86.60 → 86.30，等次“较好”。')
    const [e] = await k.ok<Exemption[]>('exemptions-list', { period: P })
    const json = await cli(db(), 'exempt', '--list', '--period', P, '--json')
    expect(JSON.parse(json.out)).toEqual([e])
    const removed = await cli(db(), 'exempt', '--remove', '--id', String(e.id), '--reason', '评估意见撤回')
    expect(removed.code).toBe(0)
    expect((await rowOf('S001')).total).toBe(86.6)
  })

  it('approve in review lists what still blocks it, and the period stays in review', async () => {
    // a rating changed after the last computation makes the results stale
    await k.ok('entry-save', { period: P, role: '领导', rater: 'L01', cells: [{ staffNo: 'S001', code: 'D1', score: 91 }] })
    const run = await cli(db(), 'approve', '--period', P)
    expect(run.code).toBe(1)
    expect(run.err).toContain('请重新计算')
    const status = await k.db.selectFrom('periods').select('status').where('id', '=', P).executeTakeFirstOrThrow()
    expect(status.status).toBe('review')
  })
})
