import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { KeyResultView, KrProgressEntry, ObjectiveView, OkrLagging, OkrList } from '../../shared/contract'
import { signInAs } from '../support/accounts'
import { historyBackend, tableCounts } from '../support/history-backend'
import type { ImportBackend } from '../support/import-backend'

// Days from 2025-01-01: 04-01 is day 90, 06-30 day 180, 07-02 day 182, 12-31 day 364.
const YEAR = { startDate: '2025-01-01', dueDate: '2025-12-31' }
const counts = (k: ImportBackend) => tableCounts(k, ['objectives', 'key_results', 'kr_progress', 'audit_log'])

async function lastAudit(k: ImportBackend) {
  const row = await k.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow()
  return { ...row, before: row.before === null ? null : JSON.parse(row.before), after: row.after === null ? null : JSON.parse(row.after) }
}

describe('objectives and key results through the dispatch: saved, reported, judged as of a date, removed — all audited', () => {
  let k: ImportBackend
  let villages: ObjectiveView
  let complaints: ObjectiveView
  let firms: KeyResultView
  let farmers: KeyResultView
  let reduce: KeyResultView

  beforeAll(async () => {
    // 张三 S001 and 李四 S002 in 办公室, 王五 00123 in 政务服务中心
    k = await historyBackend('okr-handlers')
  })
  afterAll(async () => k.close())

  it('creates a department objective and a personal one, each audited with its state', async () => {
    const before = await counts(k)
    villages = await k.ok<ObjectiveView>('okr-objective-save', { title: '建成特色产业村', ownerDepartment: '办公室', ...YEAR })
    expect(villages).toMatchObject({ title: '建成特色产业村', owner: { kind: 'department', department: '办公室' }, weight: 1, note: null, progress: null, keyResults: [] })
    const audit = await lastAudit(k)
    expect(audit).toMatchObject({ method: 'okr-objective-save', entity: 'objective', entity_id: String(villages.id), before: null })
    expect(audit.after).toEqual({ title: '建成特色产业村', owner: { kind: 'department', department: '办公室' }, startDate: '2025-01-01', dueDate: '2025-12-31', weight: 1, note: null })

    // a staff number typed without its leading zeros finds 00123
    const wang = await k.ok<ObjectiveView>('okr-objective-save', { title: '一次办结率提升', ownerStaffNo: '123', ...YEAR, weight: 2, note: '窗口岗位' })
    expect(wang.owner).toEqual({ kind: 'person', staffNo: '00123', name: '王五', department: '政务服务中心' })
    complaints = await k.ok<ObjectiveView>('okr-objective-save', { title: '窗口投诉下降', ownerStaffNo: 'S001', ...YEAR })
    expect(await counts(k)).toEqual({ ...before, objectives: before.objectives + 3, audit_log: before.audit_log + 3 })
  })

  it('adds key results (one with its own due date) and updates one, before and after in the log', async () => {
    firms = await k.ok<KeyResultView>('okr-kr-save', { objectiveId: villages.id, title: '签约企业', unit: '家', baseline: 0, target: 4, weight: 40 })
    farmers = await k.ok<KeyResultView>('okr-kr-save', { objectiveId: villages.id, title: '培训农民', unit: '人', baseline: 100, target: 500, weight: 60, dueDate: '2025-06-30' })
    reduce = await k.ok<KeyResultView>('okr-kr-save', { objectiveId: complaints.id, title: '投诉件数降至5件', unit: '件', baseline: 20, target: 5 })
    expect(farmers).toMatchObject({ startDate: null, dueDate: '2025-06-30', start: '2025-01-01', due: '2025-06-30', current: null, reports: 0 })
    expect(reduce).toMatchObject({ weight: 1, start: '2025-01-01', due: '2025-12-31' })

    firms = await k.ok<KeyResultView>('okr-kr-save', { id: firms.id, objectiveId: villages.id, title: '签约企业3家', unit: '家', baseline: 0, target: 3, weight: 40 })
    const audit = await lastAudit(k)
    expect(audit).toMatchObject({ method: 'okr-kr-save', entity: 'key_result', entity_id: String(firms.id) })
    expect(audit.before).toMatchObject({ title: '签约企业', target: 4 })
    expect(audit.after).toMatchObject({ title: '签约企业3家', target: 3, objectiveId: villages.id })
  })

  it('records progress into the history; the latest by date is the current value, a late entry for an earlier day does not overwrite it', async () => {
    const before = await counts(k)
    await k.ok('okr-kr-progress', { keyResultId: firms.id, value: 1, recordedOn: '2025-03-31', note: '签约甲公司' })
    const after = await k.ok<KeyResultView>('okr-kr-progress', { keyResultId: firms.id, value: 2, recordedOn: '2025-06-30' })
    expect(after.current).toBe(2)
    const late = await k.ok<KeyResultView>('okr-kr-progress', { keyResultId: firms.id, value: 1.5, recordedOn: '2025-05-01', note: '补录五月' })
    expect(late.current).toBe(2)
    const audit = await lastAudit(k)
    expect(audit).toMatchObject({ method: 'okr-kr-progress', entity: 'kr_progress' })
    expect(audit.before).toEqual({ keyResultId: firms.id, current: 2 })
    expect(audit.after).toEqual({ keyResultId: firms.id, value: 1.5, recordedOn: '2025-05-01', note: '补录五月', current: 2 })
    const stored = await k.db.selectFrom('key_results').select('current').where('id', '=', firms.id).executeTakeFirstOrThrow()
    expect(stored.current).toBe(2)

    const history = await k.ok<KrProgressEntry[]>('okr-kr-history', { keyResultId: firms.id })
    expect(history.map((h) => [h.recordedOn, h.value, h.note])).toEqual([
      ['2025-06-30', 2, null],
      ['2025-05-01', 1.5, '补录五月'],
      ['2025-03-31', 1, '签约甲公司'],
    ])
    expect(history[0].recordedBy).toBe('clerk')

    await k.ok('okr-kr-progress', { keyResultId: farmers.id, value: 260, recordedOn: '2025-06-01' })
    await k.ok('okr-kr-progress', { keyResultId: reduce.id, value: 17, recordedOn: '2025-06-30' })
    expect(await counts(k)).toEqual({ ...before, kr_progress: before.kr_progress + 5, audit_log: before.audit_log + 5 })
  })

  it('lists objectives as of 2025-07-02 with completion, progress and lag worked by hand', async () => {
    const list = await k.ok<OkrList>('okr-list', { asOf: '2025-07-02' })
    expect(list.asOf).toBe('2025-07-02')
    // 办公室's own objective first, then its person S001, then 政务服务中心's 00123
    expect(list.objectives.map((o) => o.title)).toEqual(['建成特色产业村', '窗口投诉下降', '一次办结率提升'])
    const [v, c, w] = list.objectives
    const [f, fa] = v.keyResults
    // 签约企业3家: 2 / 3 = 0.6667 done, 182 / 364 = 0.5 of the year gone: 16.67 points ahead
    expect(f.completion).toBeCloseTo(2 / 3, 12)
    expect(f.elapsed).toBeCloseTo(0.5, 12)
    expect(f.gap).toBeCloseTo(-50 / 3, 9)
    expect(f.lag).toBe('none')
    // 培训农民: (260 − 100) / (500 − 100) = 0.4, due 06-30 so all its time is gone: 60 points behind
    expect(fa.completion).toBeCloseTo(0.4, 12)
    expect(fa.elapsed).toBe(1)
    expect(fa.gap).toBeCloseTo(60, 9)
    expect(fa.lag).toBe('serious')
    // weighted 40 / 60: (0.6667 × 40 + 0.4 × 60) / 100 = 0.50667
    expect(v.progress).toBeCloseTo((2 / 3) * 0.4 + 0.4 * 0.6, 12)
    expect([v.lagging, v.serious]).toEqual([0, 1])
    // 投诉件数降至5件: (17 − 20) / (5 − 20) = 0.2 against 0.5: exactly 30 points behind, lagging (not more than 30)
    expect(c.keyResults[0].completion).toBeCloseTo(0.2, 12)
    expect(c.keyResults[0].gap).toBeCloseTo(30, 9)
    expect(c.keyResults[0].lag).toBe('lagging')
    expect(c.progress).toBeCloseTo(0.2, 12)
    expect(w.progress).toBeNull()
  })

  it('judges an earlier date with what was known then: as of 2025-04-01 only the March report counts', async () => {
    const list = await k.ok<OkrList>('okr-list', { asOf: '2025-04-01' })
    const [v, c] = list.objectives
    // 签约企业3家: value 1 (03-31) → 1/3 done; 90 / 364 = 0.2473 gone: ahead
    expect(v.keyResults[0]).toMatchObject({ current: 1, lag: 'none', reports: 3, lastReportedOn: '2025-06-30' })
    expect(v.keyResults[0].elapsed).toBeCloseTo(90 / 364, 12)
    // 培训农民: nothing reported yet → 0 done; 90 / 180 = 0.5 gone: 50 points behind, serious
    expect(v.keyResults[1]).toMatchObject({ current: null, completion: 0, elapsed: 0.5, lag: 'serious' })
    // 投诉: nothing reported → 0; 24.73 points behind → lagging
    expect(c.keyResults[0].gap).toBeCloseTo((90 / 364) * 100, 9)
    expect(c.keyResults[0].lag).toBe('lagging')
  })

  it('filters by department (with its people), person, date window, and lagging only', async () => {
    const titles = async (input: object) => (await k.ok<OkrList>('okr-list', { asOf: '2025-07-02', ...input })).objectives.map((o) => o.title)
    expect(await titles({ department: '办公室' })).toEqual(['建成特色产业村', '窗口投诉下降'])
    expect(await titles({ department: '政务服务中心' })).toEqual(['一次办结率提升'])
    expect(await titles({ staffNo: 'S001' })).toEqual(['窗口投诉下降'])
    expect(await titles({ year: 2024 })).toEqual([])
    expect(await titles({ year: 2025, from: '2025-07-01' })).toHaveLength(3)
    expect(await titles({ to: '2024-12-31' })).toEqual([])
    const lagging = await k.ok<OkrList>('okr-list', { asOf: '2025-07-02', laggingOnly: true })
    expect(lagging.objectives.map((o) => [o.title, o.keyResults.map((x) => x.title)])).toEqual([
      ['建成特色产业村', ['培训农民']],
      ['窗口投诉下降', ['投诉件数降至5件']],
    ])
    expect((await k.refused('okr-list', { department: '不存在的科' })).code).toBe('not-found')
  })

  it('gives the dashboard its list: lagging key results as of a date, serious first, with the counts', async () => {
    const lag = await k.ok<OkrLagging>('okr-lagging', { asOf: '2025-07-02' })
    expect(lag).toMatchObject({ asOf: '2025-07-02', objectives: 3, keyResults: 3, lagging: 1, serious: 1 })
    expect(lag.items.map((i) => [i.keyResult, i.lag, Math.round(i.gap * 100) / 100, i.owner.kind, i.objective, i.due])).toEqual([
      ['培训农民', 'serious', 60, 'department', '建成特色产业村', '2025-06-30'],
      ['投诉件数降至5件', 'lagging', 30, 'person', '窗口投诉下降', '2025-12-31'],
    ])
    expect((await k.ok<OkrLagging>('okr-lagging', { asOf: '2025-07-02', limit: 1 })).items).toHaveLength(1)
    // before anything starts nothing lags
    expect((await k.ok<OkrLagging>('okr-lagging', { asOf: '2024-12-01' })).items).toEqual([])
  })

  it('updates an objective (its dates move the key results that keep them), audited before and after', async () => {
    const updated = await k.ok<ObjectiveView>('okr-objective-save', { id: complaints.id, title: '窗口投诉件数下降', ownerStaffNo: 'S001', startDate: '2025-01-01', dueDate: '2025-09-30' })
    expect(updated.keyResults[0].due).toBe('2025-09-30')
    const audit = await lastAudit(k)
    expect(audit).toMatchObject({ entity: 'objective', entity_id: String(complaints.id) })
    expect(audit.before).toMatchObject({ title: '窗口投诉下降', dueDate: '2025-12-31' })
    expect(audit.after).toMatchObject({ title: '窗口投诉件数下降', dueDate: '2025-09-30' })
    // dates that would leave 培训农民 (due 06-30) starting after it is due are refused, naming it
    const err = await k.refused('okr-objective-save', { id: villages.id, title: villages.title, ownerDepartment: '办公室', startDate: '2025-07-01', dueDate: '2025-12-31' })
    expect(err).toMatchObject({ code: 'invalid-input' })
    expect(err.message).toContain('培训农民')
  })

  it('refuses bad input with a message naming the field, and writes nothing', async () => {
    const before = await counts(k)
    const refused = async (method: string, input: object) => (await k.refused(method, input)).message
    expect(await refused('okr-objective-save', { title: '', ownerDepartment: '办公室', ...YEAR })).toContain('请填写“目标”')
    expect(await refused('okr-objective-save', { title: '无主目标', ...YEAR })).toContain('请指定责任人')
    expect(await refused('okr-objective-save', { title: '两个责任人', ownerStaffNo: 'S001', ownerDepartment: '办公室', ...YEAR })).toContain('二者只填一个')
    expect(await refused('okr-objective-save', { title: '倒着的', ownerDepartment: '办公室', startDate: '2025-12-31', dueDate: '2025-01-01' })).toContain('“截止日期”不能早于“开始日期”')
    expect(await refused('okr-objective-save', { title: '坏日期', ownerDepartment: '办公室', startDate: '2025-02-30', dueDate: '2025-12-31' })).toContain('“开始日期”须为 2025-12-31 这样的日期')
    expect(await refused('okr-objective-save', { title: '坏月份', ownerDepartment: '办公室', startDate: '2025-01-01', dueDate: '2025-13-01' })).toContain('“截止日期”须为 2025-12-31 这样的日期')
    expect(await refused('okr-objective-save', { title: '权重', ownerDepartment: '办公室', ...YEAR, weight: 0 })).toContain('“权重”须为大于 0 的数')
    expect(await refused('okr-objective-save', { title: '没人', ownerStaffNo: 'X999', ...YEAR })).toContain('工号“X999”在人员名册中不存在')
    expect(await refused('okr-objective-save', { title: '建成特色产业村', ownerDepartment: '办公室', ...YEAR })).toContain('已有名为“建成特色产业村”的目标')
    expect(await refused('okr-kr-save', { objectiveId: villages.id, title: '坏目标值', target: 'abc' })).toContain('“目标值”须为数字')
    expect(await refused('okr-kr-save', { objectiveId: villages.id, title: '签约企业3家', target: 5 })).toContain('已有名为“签约企业3家”的关键结果')
    expect((await k.refused('okr-kr-save', { objectiveId: 9999, title: '孤儿', target: 5 })).code).toBe('not-found')
    expect(await refused('okr-kr-progress', { keyResultId: firms.id, value: 3, recordedOn: '2999-01-01' })).toContain('晚于今天')
    expect(await refused('okr-kr-progress', { keyResultId: firms.id, value: '三', recordedOn: '2025-07-01' })).toContain('“当前值”须为数字')
    expect(await counts(k)).toEqual(before)
  })

  it('removes a key result with its reports, the full before-state in the log', async () => {
    const before = await counts(k)
    const removed = await k.ok<KeyResultView>('okr-kr-remove', { id: firms.id, reason: '并入其他目标' })
    expect(removed.title).toBe('签约企业3家')
    const audit = await lastAudit(k)
    expect(audit).toMatchObject({ method: 'okr-kr-remove', entity: 'key_result', entity_id: String(firms.id) })
    expect(audit.before).toMatchObject({ id: firms.id, title: '签约企业3家', unit: '家', baseline: 0, target: 3, weight: 40, current: 2 })
    expect(audit.before.progress.map((p: { recordedOn: string; value: number }) => [p.recordedOn, p.value])).toEqual([
      ['2025-06-30', 2],
      ['2025-05-01', 1.5],
      ['2025-03-31', 1],
    ])
    expect(audit.after).toEqual({ removed: true, reason: '并入其他目标' })
    expect(await counts(k)).toEqual({ ...before, key_results: before.key_results - 1, kr_progress: before.kr_progress - 3, audit_log: before.audit_log + 1 })
  })

  it('removes an objective with its key results and their reports, all of it in one audit entry', async () => {
    const before = await counts(k)
    await k.ok('okr-objective-remove', { id: villages.id })
    const audit = await lastAudit(k)
    expect(audit).toMatchObject({ method: 'okr-objective-remove', entity: 'objective', entity_id: String(villages.id) })
    expect(audit.before).toMatchObject({ title: '建成特色产业村', owner: { kind: 'department', department: '办公室' }, startDate: '2025-01-01', dueDate: '2025-12-31' })
    expect(audit.before.keyResults).toHaveLength(1)
    expect(audit.before.keyResults[0]).toMatchObject({ title: '培训农民', baseline: 100, target: 500, dueDate: '2025-06-30', progress: [{ value: 260, recordedOn: '2025-06-01' }] })
    expect(audit.after).toEqual({ removed: true, reason: null })
    expect(await counts(k)).toEqual({ ...before, objectives: before.objectives - 1, key_results: before.key_results - 1, kr_progress: before.kr_progress - 1, audit_log: before.audit_log + 1 })
    expect((await k.refused('okr-objective-remove', { id: villages.id })).code).toBe('not-found')
  })

  it('refuses every change to a read-only account', async () => {
    const reader = await signInAs(k.backend.dispatcher, 'readonly')
    const r = await k.backend.dispatcher.call(reader, 'okr-objective-save', { title: '只读', ownerDepartment: '办公室', ...YEAR })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toMatchObject({ code: 'forbidden', message: expect.stringContaining('“只读”') })
  })
})
