import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportPreview, ImportResult, OkrList } from '../../shared/contract'
import { historyBackend, tableCounts } from '../support/history-backend'
import type { ImportBackend } from '../support/import-backend'
import { addSheet, asFile, xlsxBytes } from '../support/import-workbooks'
import { shownProblem } from '../support/shown-problem'

/** Excel's serial number of a date (1900 system), the way a date column that lost its format arrives. */
const serial = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000 + 25569

// The imported 当前值 is recorded as reported today, so the objectives lie in 2099 and are judged as of
// 2099-07-02: day 182 of a 364-day window, half of it elapsed (2099 is not a leap year).
const AS_OF = '2099-07-02'
const counts = (k: ImportBackend) => tableCounts(k, ['objectives', 'key_results', 'kr_progress', 'import_batches', 'audit_log'])
const errorsOf = (p: Pick<ImportPreview, 'problems'>) => p.problems.filter((x) => x.severity === 'error')

/** The office's own sheet: a merged title, a blank row, synonyms with stray spaces, a merged department cell, mixed numbers and dates, a signature below. */
const messy = () =>
  xlsxBytes((wb) =>
    addSheet(
      wb,
      '2099年目标',
      [
        ['2099年度目标与关键结果（OKR）'],
        [],
        ['工 号', '部门', '工作目标', '关键结果（KR）', '计量', '基准值', '目标数', '当前进度', '开始时间', '完成时限', '权重（%）'],
        [null, '办公室', '建成2个特色产业村', '签约企业3家', '家', 0, '３', '１', serial('2099-01-01'), '2099年12月31日', '40%'],
        [null, null, '建成2个特色产业村', '培训农民500人', '人', '100', '500', '260', null, '2099/6/30', 60],
        [123, null, '窗口投诉下降', '投诉件数降至5件', '件', 20, 5, null, '2099-01-01', serial('2099-12-31'), null],
        ['S001', '办公室', '一次办结率达到95%', '一次办结率', null, '80%', '95%', '88%', null, '2099-12-31', null],
        [],
        ['制表人：刘某', null, null, null, null, null, null, null, '审核人：陈某'],
      ],
      ['A1:K1', 'B4:B5'],
    ),
  )

describe('目标与关键结果 import: the office’s own sheet previewed, then written all at once; a second file updates and records progress', () => {
  let k: ImportBackend
  beforeAll(async () => {
    k = await historyBackend('okr-import')
  })
  afterAll(async () => k.close())

  it('previews a messy sheet: title row, synonyms, merged department cell, full-width digits, percentages, dates as serials and text', async () => {
    const file = asFile('目标.xlsx', await messy())
    const before = await counts(k)
    const preview = await k.ok<ImportPreview>('okr-import-preview', { file })
    expect(errorsOf(preview)).toEqual([])
    expect(preview.sheet).toBe('2099年目标')
    expect(preview.headerRow).toBe(3)
    expect(preview.columns.map((c) => c.field)).toEqual(['staffNo', 'department', 'objective', 'keyResult', 'unit', 'baseline', 'target', 'current', 'startDate', 'dueDate', 'weight'])
    expect(preview.columns.map((c) => c.fieldLabel)).toEqual(['工号', '部门', '目标', '关键结果', '计量单位', '基线值', '目标值', '当前值', '开始日期', '截止日期', '权重'])
    expect(preview).toMatchObject({ dataRows: 4, adds: 4, changes: 0, unchanged: 0, ok: true })
    const notes = preview.notes.join('\n')
    expect(notes).toContain('123 → 00123')
    expect(notes).toContain('将新建 3 个目标')
    expect(notes).toContain('3 项关键结果的“当前值”将记为今天的一次进展')
    expect(notes).toContain('2 个新目标有关键结果未填开始日期')
    // nothing is written by a preview
    expect(await counts(k)).toEqual(before)
  })

  it('writes it in one go: objectives, key results, the 当前值 as progress, one batch, one audit entry; judged by hand', async () => {
    const before = await counts(k)
    const result = await k.ok<ImportResult>('okr-import', { file: asFile('目标.xlsx', await messy()) })
    expect(result.written).toBe(4)
    expect(await counts(k)).toEqual({
      objectives: before.objectives + 3,
      key_results: before.key_results + 4,
      kr_progress: before.kr_progress + 3,
      import_batches: before.import_batches + 1,
      audit_log: before.audit_log + 1,
    })
    const list = await k.ok<OkrList>('okr-list', { asOf: AS_OF })
    const brief = list.objectives.map((o) => [
      o.owner.kind === 'person' ? o.owner.staffNo : o.owner.department,
      o.title,
      o.startDate,
      o.dueDate,
      o.keyResults.map((x) => [x.title, x.unit, x.baseline, x.target, x.current, x.start, x.due, x.weight, x.lag]),
    ])
    expect(brief).toEqual([
      [
        '办公室',
        '建成2个特色产业村',
        '2099-01-01',
        '2099-12-31',
        [
          // 1 / 3 done against half the year: 16.67 points behind → lagging
          ['签约企业3家', '家', 0, 3, 1, '2099-01-01', '2099-12-31', 0.4, 'lagging'],
          // (260 − 100) / 400 = 0.4, due 06-30 so all its time is gone: 60 points behind → serious
          ['培训农民500人', '人', 100, 500, 260, '2099-01-01', '2099-06-30', 0.6, 'serious'],
        ],
      ],
      // (88 − 80) / (95 − 80) = 0.533 against 0.5: ahead; the 85% typed says the unit is %
      ['S001', '一次办结率达到95%', '2099-01-01', '2099-12-31', [['一次办结率', '%', 80, 95, 88, '2099-01-01', '2099-12-31', 1, 'none']]],
      // nothing reported: 0 done, 50 points behind → serious
      ['00123', '窗口投诉下降', '2099-01-01', '2099-12-31', [['投诉件数降至5件', '件', 20, 5, null, '2099-01-01', '2099-12-31', 1, 'serious']]],
    ])
    // (1/3 × 0.4 + 0.4 × 0.6) / (0.4 + 0.6) = 0.37333
    expect(list.objectives[0].progress).toBeCloseTo(0.4 / 3 + 0.24, 12)
    const audit = await k.db.selectFrom('audit_log').select(['method', 'entity', 'after']).orderBy('id', 'desc').executeTakeFirstOrThrow()
    expect(audit).toMatchObject({ method: 'okr-import', entity: 'import_batch' })
    const after = JSON.parse(audit.after as string)
    expect(after.added.map((o: { title: string; keyResults: unknown[] }) => [o.title, o.keyResults.length])).toEqual([
      ['建成2个特色产业村', 2],
      ['窗口投诉下降', 1],
      ['一次办结率达到95%', 1],
    ])
    expect(after.progress).toHaveLength(3)
  })

  it('a second file updates what differs, adds what is new, records a changed 当前值 as progress, and leaves the rest alone', async () => {
    const bytes = await xlsxBytes((wb) =>
      addSheet(wb, 'OKR', [
        ['部门', '工号', '目标', '关键结果', '计量单位', '基线值', '目标值', '当前值', '截止日期', '权重'],
        ['办公室', null, '建成2个特色产业村', '签约企业3家', '家', 0, 3, 2, '2099-12-31', 40],
        ['办公室', null, '建成2个特色产业村', '培训农民500人', '人', 100, 600, 260, '2099-06-30', 60],
        ['办公室', null, '建成2个特色产业村', '建设示范基地', '个', 0, 1, null, '2099-12-31', 20],
        [null, '00123', '窗口投诉下降', '投诉件数降至5件', '件', 20, 5, null, '2099-12-31', null],
      ]),
    )
    const file = asFile('目标-更新.xlsx', bytes)
    const preview = await k.ok<ImportPreview>('okr-import-preview', { file })
    expect(errorsOf(preview)).toEqual([])
    // 签约企业3家 gets a new value, 培训农民500人 a new target, 建设示范基地 is new, 投诉 is as stored
    expect(preview).toMatchObject({ adds: 1, changes: 2, unchanged: 1 })
    const before = await counts(k)
    const result = await k.ok<ImportResult>('okr-import', { file })
    expect(result.written).toBe(3)
    // one audit entry for the changed target, one for the batch
    expect(await counts(k)).toEqual({ ...before, key_results: before.key_results + 1, kr_progress: before.kr_progress + 1, import_batches: before.import_batches + 1, audit_log: before.audit_log + 2 })
    const changed = await k.db.selectFrom('audit_log').select(['entity', 'before', 'after']).where('method', '=', 'okr-import').where('entity', '=', 'key_result').executeTakeFirstOrThrow()
    expect(JSON.parse(changed.before as string)).toMatchObject({ title: '培训农民500人', target: 500 })
    expect(JSON.parse(changed.after as string)).toMatchObject({ title: '培训农民500人', target: 600 })
    const villages = (await k.ok<OkrList>('okr-list', { asOf: AS_OF, department: '办公室' })).objectives[0]
    expect(villages.keyResults.map((x) => [x.title, x.current, x.target, x.weight, x.reports])).toEqual([
      ['签约企业3家', 2, 3, 0.4, 2],
      ['培训农民500人', 260, 600, 0.6, 1],
      ['建设示范基地', null, 1, 0.2, 0],
    ])
    // the same file again changes nothing
    const again = await k.ok<ImportPreview>('okr-import-preview', { file })
    expect(again).toMatchObject({ adds: 0, changes: 0, unchanged: 4 })
    expect(again.notes.join('\n')).toContain('此文件已于')
  })

  it('refuses a sheet with bad rows, each named by sheet, row and column, and writes nothing', async () => {
    const bytes = await xlsxBytes((wb) =>
      addSheet(wb, '目标', [
        ['工号', '部门', '目标', '关键结果', '基线值', '目标值', '当前值', '截止日期', '权重'],
        ['S001', null, '目标甲', '结果一', 0, 'abc', null, '2099-12-31', null],
        [null, '不存在的科', '目标乙', '结果一', 0, 5, null, '2099-12-31', null],
        ['S002', null, '目标丙', null, 0, 5, null, '2099-12-31', null],
        ['S002', null, '目标丁', '结果一', 0, 5, null, '2099-12-31', '50%'],
        ['S002', null, '目标丁', '结果一', 0, 6, null, '2099-12-31', '50%'],
        ['S002', null, '目标丁', '结果二', 0, 6, null, '2099-12-31', null],
        ['X999', null, '目标戊', '结果一', 0, 5, null, '2099-02-30', '-1'],
        [null, null, '目标己', '结果一', 0, 5, null, '2099-12-31', null],
        ['S001', null, '目标庚', '结果一', 0, 5, '五', '2099-12-31', null],
      ]),
    )
    const before = await counts(k)
    const err = await k.refused('okr-import', { file: asFile('目标-错误.xlsx', bytes) })
    expect(err.code).toBe('bad-file')
    const errors = (err.problems ?? []).filter((p) => p.severity === 'error')
    expect(errors.map((p) => [p.sheet, p.row, p.column])).toEqual([
      ['目标', 2, 'F'],
      ['目标', 3, 'B'],
      ['目标', 4, 'D'],
      ['目标', 6, 'D'],
      ['目标', 7, 'I'],
      ['目标', 8, 'A'],
      ['目标', 8, 'H'],
      ['目标', 8, 'I'],
      ['目标', 9, 'B'],
      ['目标', 10, 'G'],
    ])
    const messages = errors.map(shownProblem)
    expect(messages[0]).toBe('第 2 行“目标值”列（F 列）：“abc”不是数字')
    expect(messages[1]).toContain('部门“不存在的科”不在组织机构中')
    expect(messages[2]).toContain('“关键结果”列（D 列）：不能为空')
    expect(messages[3]).toContain('与第 5 行重复')
    expect(messages[4]).toContain('这一行也要填')
    expect(messages[5]).toContain('工号“X999”在人员名册中不存在')
    expect(messages[6]).toContain('“2099-02-30”不是可识别的日期')
    expect(messages[7]).toContain('“-1”不是有效的权重')
    expect(messages[8]).toContain('请填写工号（个人目标）或部门（部门目标）')
    expect(err.message).toContain('文件中有 10 处错误，未写入任何数据')
    expect(await counts(k)).toEqual(before)
  })

  it('offers its template, which the importer reads back', async () => {
    const template = await k.ok<{ fileName: string; dataBase64: string }>('template-get', { kind: 'okr' })
    expect(template.fileName).toBe('目标与关键结果模板.xlsx')
    const preview = await k.ok<ImportPreview>('okr-import-preview', { file: { fileName: template.fileName, dataBase64: template.dataBase64 } })
    expect(preview.headerRow).toBe(2)
    expect(preview.columns.map((c) => c.header)).toEqual(['工号*', '姓名', '部门*', '目标*', '关键结果*', '计量单位', '基线值', '目标值*', '当前值', '开始日期', '截止日期*', '权重'])
  })
})
