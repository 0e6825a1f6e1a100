import { historyBackend, tableCounts } from '../support/history-backend'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { GradeHistoryEntry, ImportPreview, ImportResult } from '../../shared/contract'
import type { ImportBackend } from '../support/import-backend'
import { addSheet, asFile, xlsxBytes } from '../support/import-workbooks'
import { shownProblem } from '../support/shown-problem'

const setup = () => historyBackend('history-grades')
const counts = (k: ImportBackend) => tableCounts(k, ['grade_history', 'import_batches', 'audit_log'])

const errorsOf = (p: Pick<ImportPreview, 'problems'>) => p.problems.filter((x) => x.severity === 'error')

describe('历史等次 import: past annual and quarterly grades', () => {
  let k: ImportBackend
  // built once: exceljs stamps the write time into the file, and the repeat test needs the same bytes
  let messyBytes: Buffer
  beforeAll(async () => {
    k = await setup()
    messyBytes = await messy()
  })
  afterAll(async () => k.close())

  const messy = () =>
    xlsxBytes((wb) =>
      addSheet(
        wb,
        '历年等次',
        [
          ['2023—2024年度考核等次汇总'],
          [],
          ['工 号', '姓名', '考核年度', '年度考核等次', '第一季度', '第二季度', '第三季度', '第四季度'],
          [123, '王五', 2024, '优秀', '好', '好', '较好', null],
          ['S001', '张三', '2024年', '称职', null, '—', null, null],
          ['S001', '张三', '２０２３', '基本称职等次', '一般', '一般', '一般', '较好'],
          ['S002', '李四', 2024, '不定等次', null, null, null, null],
          [],
          ['制表人：刘某  审核人：陈某'],
        ],
        ['A1:H1'],
      ),
    )

  it('reads a title row, header synonyms, a lost leading zero, years as 2024年 and ２０２３, unknown quarters blank or —', async () => {
    const file = asFile('history.xlsx', messyBytes)
    const preview = await k.ok<ImportPreview>('history-import-preview', { file })
    expect(errorsOf(preview)).toEqual([])
    expect(preview.headerRow).toBe(3)
    expect(preview.columns.map((c) => c.field)).toEqual(['staffNo', 'name', 'year', 'annualGrade', 'q1', 'q2', 'q3', 'q4'])
    expect([preview.adds, preview.changes, preview.unchanged]).toEqual([4, 0, 0])
    expect(preview.notes.join('\n')).toContain('123 → 00123')
    const before = await counts(k)
    const result = await k.ok<ImportResult>('history-import', { file })
    expect(result.written).toBe(4)
    expect(await counts(k)).toEqual({ grade_history: before.grade_history + 4, import_batches: before.import_batches + 1, audit_log: before.audit_log + 1 })
    const batchAudit = await k.db.selectFrom('audit_log').select(['entity', 'after']).where('method', '=', 'history-import').executeTakeFirstOrThrow()
    expect(batchAudit.entity).toBe('import_batch')
    expect(JSON.parse(batchAudit.after as string).adds[0]).toEqual({ staffNo: '00123', year: 2024, annualGrade: '优秀', quarters: ['好', '好', '较好', null] })
    const list = await k.ok<GradeHistoryEntry[]>('history-list', {})
    expect(list.map((h) => [h.staffNo, h.year, h.annualGrade, h.quarters])).toEqual([
      ['00123', 2024, '优秀', ['好', '好', '较好', null]],
      ['S001', 2023, '基本称职', ['一般', '一般', '一般', '较好']],
      ['S001', 2024, '称职', [null, null, null, null]],
      ['S002', 2024, '不定等次', [null, null, null, null]],
    ])
    expect((await k.ok<GradeHistoryEntry[]>('history-list', { staffNo: 'S001' })).map((h) => h.year)).toEqual([2023, 2024])
  })

  it('refuses the same bytes again unless replace is asked, and then changes nothing', async () => {
    const file = asFile('history.xlsx', messyBytes)
    const before = await counts(k)
    const err = await k.refused('history-import', { file })
    expect(err.code).toBe('conflict')
    expect(await counts(k)).toEqual(before)
    const again = await k.ok<ImportResult>('history-import', { file, replace: true })
    expect([again.preview.adds, again.preview.changes, again.preview.unchanged, again.written]).toEqual([0, 0, 4, 0])
  })

  it('a re-import of a person’s year updates it, with the old and new grades in the audit log', async () => {
    const bytes = await xlsxBytes((wb) =>
      addSheet(wb, 'Sheet1', [
        ['编号', '年份', '等次', '一季度', '二季度', '三季度', '四季度'],
        ['S001', 2024, '优秀', '好', '好', '较好', '好'],
        ['00123', 2024, '优秀', '好', '好', '较好', null],
      ]),
    )
    const file = asFile('history-fix.xlsx', bytes)
    const preview = await k.ok<ImportPreview>('history-import-preview', { file })
    expect([preview.adds, preview.changes, preview.unchanged]).toEqual([0, 1, 1])
    expect(preview.notes.join('\n')).toContain('S001 张三 2024：称职 → 优秀')
    await k.ok('history-import', { file })
    const s001 = await k.ok<GradeHistoryEntry[]>('history-list', { staffNo: 'S001' })
    expect(s001.find((h) => h.year === 2024)).toMatchObject({ annualGrade: '优秀', quarters: ['好', '好', '较好', '好'] })
    const audit = await k.db.selectFrom('audit_log').select(['entity', 'entity_id', 'before', 'after']).where('entity', '=', 'grade_history').execute()
    expect(audit).toHaveLength(1)
    expect(audit[0].entity_id).toBe('S001/2024')
    expect(JSON.parse(audit[0].before as string)).toEqual({ annualGrade: '称职', quarters: [null, null, null, null] })
    expect(JSON.parse(audit[0].after as string)).toEqual({ annualGrade: '优秀', quarters: ['好', '好', '较好', '好'] })
  })

  it('refuses unknown grades, years and people, located by sheet, row and column, writing nothing', async () => {
    const bytes = await xlsxBytes((wb) =>
      addSheet(wb, '等次', [
        ['工号', '姓名', '年度', '年度等次', '一季度', '二季度', '三季度', '四季度'],
        ['S002', '李四', 2023, '良好', null, null, null, null],
        ['S002', '李四', '去年', '称职', '优', null, null, null],
        ['X999', '某某', 2022, '称职', null, null, null, null],
        ['S002', '李四', 2022, '称职', null, null, null, null],
        ['S002', '李四', 2022, '称职', null, null, null, null],
        ['S002', '李四', 2099, null, null, null, null, null],
      ]),
    )
    const before = await counts(k)
    const err = await k.refused('history-import', { file: asFile('history-bad.xlsx', bytes) })
    expect(err.code).toBe('bad-file')
    const located = (err.problems ?? []).filter((p) => p.severity === 'error').map((p) => [p.sheet, p.row, p.column])
    expect(located).toEqual([
      ['等次', 2, 'D'],
      ['等次', 3, 'C'],
      ['等次', 3, 'E'],
      ['等次', 4, 'A'],
      ['等次', 6, 'C'],
      ['等次', 7, 'C'],
      ['等次', 7, 'D'],
    ])
    const messages = (err.problems ?? []).map(shownProblem)
    expect(messages[0]).toBe('第 2 行“年度等次”列（D 列）：“良好”不是可用的值，可填：优秀、称职、基本称职、不称职、不定等次')
    expect(messages[2]).toContain('“优”不是可用的值，可填：好、较好、一般、较差')
    expect(messages[3]).toContain('工号“X999”在人员名册中不存在')
    expect(messages[4]).toContain('与第 5 行重复（同一人、同一年度）')
    expect(messages[5]).toContain('年度 2099 尚未到来')
    expect(await counts(k)).toEqual(before)
  })
})
