import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ExportedFile, Period } from '../../shared/contract'
import { signInAs } from '../support/accounts'
import { P, seededBackend, walkToReview } from '../support/fixture-in-review'
import type { ImportBackend } from '../support/import-backend'
import { cliAs } from '../support/run-cli'
import { tempDir } from '../support/temp-dir'

const UNIT = '示例镇人民政府'
const PARENT = '示例县人民政府'
const NOTES = '说明'

async function load(file: ExportedFile): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ExcelJS.Buffer)
  return wb
}

/** The title of a sheet is its first row's first cell, as every export writes it. */
function title(ws: ExcelJS.Worksheet): string {
  return String(ws.getCell(1, 1).value ?? '')
}

function sheetText(ws: ExcelJS.Worksheet): string {
  const out: string[] = []
  ws.eachRow((row) => row.eachCell((c) => out.push(String(c.value ?? ''))))
  return out.join('\n')
}

/** Every export a clerk (or the auditor) can make, with the file name it must carry. */
const exportsOf = (annualOrQuarter: string) => [
  { method: 'report-export', input: { period: P }, name: `${UNIT}-${annualOrQuarter}-考核结果.xlsx`, notes: true },
  { method: 'report-departments-export', input: { period: P }, name: `${UNIT}-${annualOrQuarter}-部门考核汇总.xlsx`, notes: true },
  { method: 'results-explain-export', input: { period: P, staffNo: 'S030' }, name: `${UNIT}-${annualOrQuarter}-个人考核结果单-S030李冬华.xlsx`, notes: false },
  { method: 'results-explain-export-all', input: { period: P }, name: `${UNIT}-${annualOrQuarter}-个人考核结果单（全部）.xlsx`, notes: false },
  { method: 'notice-export', input: { period: P }, name: `${UNIT}-${annualOrQuarter}-公示名单.xlsx`, notes: false },
  { method: 'period-reminders-export', input: { period: P }, name: `${UNIT}-${annualOrQuarter}-未完成环节提醒名单.xlsx`, notes: false },
  { method: 'uses-export', input: { year: 2025 }, name: `${UNIT}-2025年度-考核结果运用清单.xlsx`, notes: true },
  { method: 'scheme-export', input: { name: '平时考核2025', version: 1 }, name: `${UNIT}-指标体系《平时考核2025》第1版.xlsx`, notes: false },
  { method: 'scheme-effective-export', input: { scheme: { name: '平时考核2025', version: 1 }, target: { staffNo: 'S030' } }, name: null, notes: false },
  { method: 'grid-export', input: { title: '2025-Q1结果', columns: [{ header: '姓名', kind: 'text' }], rows: [['李冬华']] }, name: `${UNIT}-2025-Q1结果.xlsx`, notes: false },
  {
    method: 'ahp-export',
    input: { title: '德能勤绩', criteria: ['德', '能'], experts: [{ name: '专家甲', matrix: [[1, 3], [1 / 3, 1]] }], method: 'eigen', riTable: 'saaty' },
    name: `${UNIT}-层次分析（德能勤绩）.xlsx`,
    notes: false,
  },
]

describe('the unit on every export: after `kaohe unit set`, every title, 说明 and file name carries it', () => {
  let k: ImportBackend
  const out = tempDir('kaohe-unit-exports-')
  beforeAll(async () => {
    k = await seededBackend('export-unit-name')
    await walkToReview(k)
    expect((await k.ok<Period>('period-advance', { id: P })).status).toBe('approved')
    await k.ok('notice-publish', { period: P, startDate: '2025-04-03' })
    const set = await cliAs(k.backend.database.path, 'clerk', 'unit', 'set', '--name', UNIT, '--parent', PARENT)
    expect(set.code, set.err).toBe(0)
  }, 120_000)
  afterAll(async () => {
    await k.close()
    out.cleanup()
  })

  it('names each file 单位-周期-内容 and puts the unit in every sheet title; a 说明 sheet also names 上级单位', async () => {
    for (const e of exportsOf('2025年第一季度')) {
      const file = await k.ok<ExportedFile>(e.method, e.input)
      if (e.name) expect(file.fileName, e.method).toBe(e.name)
      else expect(file.fileName.startsWith(`${UNIT}-`), file.fileName).toBe(true)
      const wb = await load(file)
      for (const ws of wb.worksheets) {
        // a result sheet's title sits a row lower, under the person's header band; every other sheet opens on it
        const top = title(ws) || String(ws.getCell(2, 1).value ?? '')
        if (e.method.startsWith('results-explain')) expect(sheetText(ws), `${e.method} ${ws.name}`).toContain(UNIT)
        else expect(top, `${e.method} ${ws.name}`).toContain(UNIT)
      }
      const notes = wb.getWorksheet(NOTES)
      if (e.notes) {
        expect(notes, e.method).toBeDefined()
        const text = sheetText(notes as ExcelJS.Worksheet)
        expect(text).toContain(UNIT)
        expect(text, `${e.method} 上级单位`).toContain(PARENT)
      }
    }
  }, 120_000)

  it('the auditor\'s audit log export carries the unit in its title and name', async () => {
    const auditor = await signInAs(k.backend.dispatcher, 'auditor')
    const r = await k.backend.dispatcher.call(auditor, 'audit-export', {})
    if (!r.ok) throw new Error(r.error.message)
    const file = r.result as ExportedFile
    expect(file.fileName).toMatch(new RegExp(`^${UNIT}-审计日志（\\d{4}-\\d{2}-\\d{2}）\\.xlsx$`))
    expect(title((await load(file)).worksheets[0])).toContain(UNIT)
  })

  it('the CLI writes into a folder under the same name the save dialog offers', async () => {
    const r = await cliAs(k.backend.database.path, 'clerk', 'export', 'report', '--period', P, '--out', `${out.dir}${path.sep}`)
    expect(r.code, r.err).toBe(0)
    expect(fs.readdirSync(out.dir)).toContain(`${UNIT}-2025年第一季度-考核结果.xlsx`)
  })
})
