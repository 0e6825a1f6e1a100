import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ExportedFile, GradeHistoryEntry, ImportResult, PenaltyEntry } from '../../shared/contract'
import { asFile } from '../support/import-workbooks'
import { historyBackend } from '../support/history-backend'
import type { ImportBackend } from '../support/import-backend'

/** The template as a clerk would fill it: the app's own download, two rows typed under the header. */
async function filled(k: ImportBackend, kind: 'history' | 'penalties', rows: (string | number)[][]): Promise<Buffer> {
  const template = await k.ok<ExportedFile>('template-get', { kind })
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(template.dataBase64, 'base64') as unknown as ExcelJS.Buffer)
  const ws = wb.worksheets[0]
  rows.forEach((r, i) => ws.getRow(3 + i).values = r)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

describe('the history and penalties templates, filled in, import to exactly their rows', () => {
  let k: ImportBackend
  beforeAll(async () => {
    k = await historyBackend('history-templates')
  })
  afterAll(async () => {
    await k.backend.close()
  })

  it('history: two people, one year each, quarters where known', async () => {
    // columns of the template: 工号 姓名 年度 年度等次 一季度 二季度 三季度 四季度
    const bytes = await filled(k, 'history', [
      ['S001', '张三', 2024, '优秀', '好', '好', '较好', '好'],
      ['00123', '王五', 2023, '基本称职', '', '一般', '', ''],
    ])
    const result = await k.ok<ImportResult>('history-import', { file: asFile('历史等次.xlsx', bytes) })
    expect(result.written).toBe(2)
    const rows = await k.ok<GradeHistoryEntry[]>('history-list', {})
    expect(rows.map((r) => [r.staffNo, r.year, r.annualGrade, r.quarters])).toEqual([
      ['00123', 2023, '基本称职', [null, '一般', null, null]],
      ['S001', 2024, '优秀', ['好', '好', '较好', '好']],
    ])
  })

  it('penalties: a 留党察看 with its term and a negative-list entry', async () => {
    // 工号 姓名 类型 决定日期 期限 事由
    const bytes = await filled(k, 'penalties', [
      ['S002', '李四', '留党察看', '2024-06-10', '24个月', '违反工作纪律'],
      ['S001', '张三', '不担当不作为', '2025-02-01', '', '推诿扯皮'],
    ])
    const result = await k.ok<ImportResult>('penalties-import', { file: asFile('处分.xlsx', bytes) })
    expect(result.written).toBe(2)
    const rows = await k.ok<PenaltyEntry[]>('penalties-list', {})
    const byStaff = Object.fromEntries(rows.map((r) => [r.staffNo, r]))
    expect(byStaff.S002).toMatchObject({ type: '留党察看', kind: 'penalty', decidedOn: '2024-06-10', termMonths: 24, reason: '违反工作纪律' })
    expect(byStaff.S001).toMatchObject({ type: '不担当不作为', kind: 'negative', decidedOn: '2025-02-01', termMonths: null })
  })
})
