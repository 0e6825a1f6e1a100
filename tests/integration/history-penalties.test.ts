import { historyBackend, tableCounts } from '../support/history-backend'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { penaltyRecordTypes, type ImportPreview, type ImportResult, type PenaltyEntry } from '../../shared/contract'
import { penaltyTypes } from '../../shared/domain/penalties'
import type { ImportBackend } from '../support/import-backend'
import { addSheet, asFile, xlsxBytes } from '../support/import-workbooks'
import { shownProblem } from '../support/shown-problem'

const setup = () => historyBackend('history-penalties')
const counts = (k: ImportBackend) => tableCounts(k, ['penalties', 'import_batches', 'audit_log'])

const errorsOf = (p: Pick<ImportPreview, 'problems'>) => p.problems.filter((x) => x.severity === 'error')
const brief = (list: PenaltyEntry[]) => list.map((p) => [p.staffNo, p.type, p.kind, p.decidedOn, p.termMonths, p.reason])

describe('处分与负面清单 import and entry by hand', () => {
  let k: ImportBackend
  beforeAll(async () => {
    k = await setup()
  })
  afterAll(async () => k.close())

  it('can record every type the penalty rules weigh', () => {
    expect(penaltyTypes.filter((p) => !(penaltyRecordTypes as readonly string[]).includes(p))).toEqual([])
  })

  it('reads dates as serials, Date cells and text (2025年3月5日, 2025-03-05, 2025.3.5), terms in months or years, worded types', async () => {
    const bytes = await xlsxBytes((wb) =>
      addSheet(
        wb,
        '处分',
        [
          ['处分与负面清单（2024—2025）'],
          ['工号', '姓名', '处分类型', '处分日期', '处分期限', '处分事由'],
          // 45721 = 2025-03-05 as Excel counts: 2025-01-01 is 45658, + 31 (Jan) + 28 (Feb) + 4
          [123, '王五', '警告', 45721, '6个月', '多次迟到'],
          ['S001', '张三', '记过处分', '2025年3月5日', 12, null],
          ['S002', '李四', '不担当、不作为', '2025-03-05', null, '推诿扯皮'],
          ['S001', '张三', '诫勉', '2025.3.5', '1年', null],
          ['S002', '李四', '党内警告', new Date(Date.UTC(2024, 10, 20)), null, null],
          ['制表人：刘某'],
        ],
        ['A1:F1'],
      ),
    )
    const file = asFile('penalties.xlsx', bytes)
    const preview = await k.ok<ImportPreview>('penalties-import-preview', { file })
    expect(errorsOf(preview)).toEqual([])
    expect(preview.headerRow).toBe(2)
    expect(preview.columns.map((c) => c.field)).toEqual(['staffNo', 'name', 'type', 'decidedOn', 'term', 'reason'])
    expect(preview.adds).toBe(5)
    expect(preview.notes.join('\n')).toContain('123 → 00123')
    expect(preview.notes.join('\n')).toContain('其中 1 条为不担当不作为负面清单')
    const before = await counts(k)
    const result = await k.ok<ImportResult>('penalties-import', { file })
    expect(result.written).toBe(5)
    expect(await counts(k)).toEqual({ penalties: before.penalties + 5, import_batches: before.import_batches + 1, audit_log: before.audit_log + 1 })
    expect(brief(await k.ok<PenaltyEntry[]>('penalties-list', {}))).toEqual([
      ['S002', '党内警告', 'penalty', '2024-11-20', null, null],
      ['00123', '警告', 'penalty', '2025-03-05', 6, '多次迟到'],
      ['S001', '记过', 'penalty', '2025-03-05', 12, null],
      ['S002', '不担当不作为', 'negative', '2025-03-05', null, '推诿扯皮'],
      ['S001', '诫勉', 'penalty', '2025-03-05', 12, null],
    ])
    expect(brief(await k.ok<PenaltyEntry[]>('penalties-list', { staffNo: 'S002', year: 2024 }))).toEqual([['S002', '党内警告', 'penalty', '2024-11-20', null, null]])
    expect(await k.ok<PenaltyEntry[]>('penalties-list', { year: 2023 })).toEqual([])
    expect(await k.refused('penalties-import', { file })).toMatchObject({ code: 'conflict' })
    expect(result.batchId).not.toBeNull()
  })

  it('adds an entry by hand, matching a staff number typed without its zeros, audited; the same decision twice is refused', async () => {
    const before = await counts(k)
    const entry = await k.ok<PenaltyEntry>('penalties-add', { staffNo: '123', type: '记大过', decidedOn: '2025-06-30', termMonths: 18, reason: '  违规审批 ' })
    expect(entry).toMatchObject({ staffNo: '00123', name: '王五', type: '记大过', kind: 'penalty', decidedOn: '2025-06-30', termMonths: 18, reason: '违规审批', batchId: null })
    const audit = await k.db.selectFrom('audit_log').select(['method', 'entity', 'entity_id', 'after']).orderBy('id', 'desc').executeTakeFirstOrThrow()
    expect(audit).toMatchObject({ method: 'penalties-add', entity: 'penalty', entity_id: String(entry.id) })
    expect(JSON.parse(audit.after as string)).toMatchObject({ staffNo: '00123', type: '记大过' })
    expect(await counts(k)).toEqual({ ...before, penalties: before.penalties + 1, audit_log: before.audit_log + 1 })
    expect(await k.refused('penalties-add', { staffNo: '00123', type: '记大过', decidedOn: '2025-06-30' })).toMatchObject({ code: 'conflict' })
    expect(await k.refused('penalties-add', { staffNo: 'X999', type: '警告', decidedOn: '2025-06-30' })).toMatchObject({ code: 'not-found' })
    expect(await k.refused('penalties-add', { staffNo: 'S001', type: '通报批评', decidedOn: '2025-06-30' })).toMatchObject({ code: 'invalid-input' })
    expect(await counts(k)).toEqual({ ...before, penalties: before.penalties + 1, audit_log: before.audit_log + 1 })
  })

  it('refuses unknown types, impossible dates, unreadable terms, missing and repeated rows, located, writing nothing', async () => {
    const bytes = await xlsxBytes((wb) =>
      addSheet(wb, '负面清单', [
        ['工号', '类型', '决定日期', '期限', '事由'],
        ['S001', '通报批评', '2025-04-01', null, null],
        ['S002', '警告', '2025-02-30', null, null],
        ['S002', '警告', '去年', '半年', null],
        [null, '警告', '2025-04-01', null, null],
        ['S002', '降级', '2025-04-02', 24, null],
        ['S002', '降级', '2025/4/2', 24, null],
        ['S001', '记过', '2025-03-05', null, '与已导入的重复'],
        ['S001', '撤职', null, null, null],
      ]),
    )
    const before = await counts(k)
    const err = await k.refused('penalties-import', { file: asFile('penalties-bad.xlsx', bytes) })
    expect(err.code).toBe('bad-file')
    const located = (err.problems ?? []).filter((p) => p.severity === 'error').map((p) => [p.sheet, p.row, p.column])
    expect(located).toEqual([
      ['负面清单', 2, 'B'],
      ['负面清单', 3, 'C'],
      ['负面清单', 4, 'C'],
      ['负面清单', 4, 'D'],
      ['负面清单', 5, 'A'],
      ['负面清单', 7, 'B'],
      ['负面清单', 8, 'B'],
      ['负面清单', 9, 'C'],
    ])
    const messages = (err.problems ?? []).map(shownProblem)
    expect(messages[0]).toContain('“通报批评”不是可用的值，可填：警告、记过')
    expect(messages[1]).toBe('第 3 行“决定日期”列（C 列）：“2025-02-30”不是可识别的日期（可写作 2025-01-31）')
    expect(messages[3]).toContain('“半年”不是有效的期限')
    expect(messages[5]).toContain('与第 6 行重复（同一人、同一类型、同一决定日期）')
    expect(messages[6]).toContain('已有此记录：S001 2025-03-05 记过')
    expect(await counts(k)).toEqual(before)
  })
})
