import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBackend, type Backend } from '../../electron/rpc/backend'
import type { Credential } from '../../electron/core/context'
import type { AuditEntry, CallOutcome, ExportedFile, RpcError } from '../../shared/contract'
import { signInAs } from '../support/accounts'
import { addSheet, asFile, xlsxBytes } from '../support/import-workbooks'
import { tempDir } from '../support/temp-dir'

// user text a spreadsheet would run once a clerk edits the cell or saves the sheet as CSV
const HOSTILE_NAME = '=HYPERLINK("http://evil.example","点我")'
const HOSTILE_DEPARTMENT = '=1+1'

interface SheetRow {
  cells: ExcelJS.Cell[]
  values: (string | number | null)[]
}

/** The workbook as the auditor opens it: its one sheet's header and data rows (the title row above them). */
async function readExport(file: ExportedFile): Promise<{ header: string[]; rows: SheetRow[]; formulas: string[] }> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer)
  expect(wb.worksheets).toHaveLength(1)
  const ws = wb.worksheets[0]
  const formulas: string[] = []
  const all: SheetRow[] = []
  ws.eachRow((row) => {
    const cells: ExcelJS.Cell[] = []
    for (let c = 1; c <= 10; c++) cells.push(row.getCell(c))
    for (const cell of cells) if (cell.type === ExcelJS.ValueType.Formula) formulas.push(cell.address)
    all.push({ cells, values: cells.map((cell) => (cell.value === null || cell.value === undefined ? null : (cell.value as string | number))) })
  })
  const headerAt = all.findIndex((r) => r.values[0] === '编号')
  expect(headerAt).toBeGreaterThan(-1)
  return { header: all[headerAt].values.map(String), rows: all.slice(headerAt + 1).filter((r) => typeof r.values[0] === 'number'), formulas }
}

/** "2026-03-01 08:05:09" read as a local wall-clock time */
function localWallClock(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text)
  if (!m) throw new Error(`not a local time: ${text}`)
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number)
  return new Date(y, mo - 1, d, h, mi, s).getTime()
}

describe('audit-export: the 安全审计员 files the audit log as a workbook', () => {
  const tmp = tempDir('kaohe-audit-export-')
  let backend: Backend
  let auditor: Credential
  let clerk: Credential
  const call = (who: Credential, method: string, input: unknown): Promise<CallOutcome> => backend.dispatcher.call(who, method, input)
  async function ok<T>(who: Credential, method: string, input: unknown): Promise<T> {
    const r = await call(who, method, input)
    if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`)
    return r.result as T
  }

  beforeAll(async () => {
    backend = await openBackend(path.join(tmp.dir, 'audit.db'), { create: true })
    clerk = await signInAs(backend.dispatcher, 'clerk')
    auditor = await signInAs(backend.dispatcher, 'auditor')
    const roster = await xlsxBytes((wb) =>
      addSheet(wb, '名册', [
        ['工号', '姓名', '部门'],
        ['S01', HOSTILE_NAME, HOSTILE_DEPARTMENT],
        ['S02', '张三', '办公室'],
        ['S03', '李四', '办公室'],
      ]),
    )
    await ok(clerk, 'roster-import', { file: asFile('名册.xlsx', roster) })
  })
  afterAll(async () => {
    await backend.close()
    tmp.cleanup()
  })

  it('has one row per entry the filters select, with the action and the role in words and the time in local time', async () => {
    const filters = { user: 'clerk', method: 'roster-import' }
    const listed = await ok<AuditEntry[]>(auditor, 'audit-list', { ...filters, limit: 5000 })
    // two departments and three people
    expect(listed.map((e) => e.entity).sort()).toEqual(['department', 'department', 'person', 'person', 'person'])
    const { header, rows } = await readExport(await ok<ExportedFile>(auditor, 'audit-export', filters))
    expect(header).toEqual(['编号', '时间', '账号', '角色', '操作', '对象', '对象编号', '改动前', '改动后', '校验码'])
    expect(rows.map((r) => r.values[0])).toEqual(listed.map((e) => e.id))
    for (const [i, r] of rows.entries()) {
      const e = listed[i]
      expect(r.values.slice(2, 6)).toEqual(['clerk', '考核工作人员', '导入人员名册', e.entity])
      // (an id that begins like a formula is quote-prefixed: the next test)
      expect(r.values[6]).toBe(e.entityId)
      expect(localWallClock(String(r.values[1]))).toBe(Math.floor(new Date(e.at).getTime() / 1000) * 1000)
    }
  })

  it('writes user text that looks like a formula as text, never as a formula', async () => {
    const { rows, formulas } = await readExport(await ok<ExportedFile>(auditor, 'audit-export', { method: 'roster-import' }))
    expect(formulas).toEqual([])
    const person = rows.find((r) => r.values[5] === 'person' && r.values[6] === 'S01')
    const after = person?.cells[8]
    expect(after?.type).toBe(ExcelJS.ValueType.String)
    expect(JSON.parse(String(after?.value)).name).toBe(HOSTILE_NAME)
    // the department's path is its id: a cell that begins like a formula is quote-prefixed, shown as typed
    const department = rows.find((r) => r.values[5] === 'department' && String(r.values[6]).includes(HOSTILE_DEPARTMENT))
    expect(department?.cells[6].type).toBe(ExcelJS.ValueType.String)
    expect(department?.values[6]).toBe(HOSTILE_DEPARTMENT)
    expect((department?.cells[6].style as { quotePrefix?: boolean }).quotePrefix).toBe(true)
  })

  it('is itself on the record, as the auditor who took it', async () => {
    const file = await ok<ExportedFile>(auditor, 'audit-export', { entity: 'person' })
    const [entry] = await ok<AuditEntry[]>(auditor, 'audit-list', { method: 'audit-export', limit: 1 })
    expect(entry).toMatchObject({ user: 'auditor', role: 'auditor', entity: 'export', after: { input: { entity: 'person' }, fileName: file.fileName } })
  })

  it('is refused to a 考核工作人员, naming the role and the action', async () => {
    const r = await call(clerk, 'audit-export', {})
    expect(r.ok).toBe(false)
    const error = (r as { error: RpcError }).error
    expect(error.code).toBe('forbidden')
    expect(error.message).toBe('当前角色“考核工作人员”不能导出审计日志。')
  })
})
