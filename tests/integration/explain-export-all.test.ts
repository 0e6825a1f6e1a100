import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../electron/rpc/backend'
import type { Credential } from '../../electron/core/context'
import type { ExportedFile, PeriodResults, PersonExplanation, ResultRow } from '../../shared/contract'
import { buildAnnualYear } from '../support/annual-year'
import { cli } from '../support/run-cli'
import { tempDir } from '../support/temp-dir'

const EVIL = '=HYPERLINK("http://x","a")'
const UNIT = '某某市某某局'
/** the title row that starts each person's block, set once the period's name is known */
let title = ''

async function workbook(file: ExportedFile | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  const bytes = Buffer.isBuffer(file) ? file : Buffer.from(file.dataBase64, 'base64')
  await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  return wb
}

/** Each person's block on a sheet: the rows from one title to the row before the next. */
interface Block {
  first: number
  last: number
  name: unknown
  staffNo: unknown
  total: unknown
  grade: unknown
}

function blocks(ws: ExcelJS.Worksheet): Block[] {
  const starts: number[] = []
  ws.eachRow((row, n) => {
    if (row.getCell(1).value === title) starts.push(n)
  })
  return starts.map((first, i) => ({
    first,
    last: (starts[i + 1] ?? ws.rowCount + 1) - 1,
    name: ws.getCell(first + 1, 2).value,
    staffNo: ws.getCell(first + 1, 6).value,
    total: ws.getCell(first + 4, 2).value ?? null,
    grade: ws.getCell(first + 4, 6).value,
  }))
}

/** What a row shows: each cell's value, number format and boldness, and the row's height. */
function rowContent(ws: ExcelJS.Worksheet, n: number) {
  const row = ws.getRow(n)
  return {
    height: row.height ?? null,
    cells: Array.from({ length: 7 }, (_, i) => {
      const c = row.getCell(i + 1)
      return { value: c.value ?? null, numFmt: c.numFmt ?? null, bold: c.font?.bold ?? false }
    }),
  }
}

async function rowBreaks(bytes: Buffer, sheetIndex: number): Promise<{ count: string | undefined; rows: number[] }> {
  // exceljs reads no page breaks back: the sheet's XML is read instead
  const zip = await JSZip.loadAsync(bytes)
  const xml = (await zip.file(`xl/worksheets/sheet${sheetIndex}.xml`)?.async('string')) ?? ''
  const count = /<rowBreaks count="(\d+)" manualBreakCount="\1"/.exec(xml)?.[1]
  return { count, rows: [...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1])) }
}

describe('results-explain-export-all: everyone’s 个人考核结果单 in one workbook', () => {
  const tmp = tempDir('kaohe-explain-all-')
  const dbPath = path.join(tmp.dir, 'year.db')
  let backend: Backend
  let clerk: Credential
  let ok: <T>(method: string, input: unknown) => Promise<T>
  let list: PeriodResults
  let file: ExportedFile
  let bytes: Buffer
  let wb: ExcelJS.Workbook
  const progress: [number, number][] = []

  const fail = async (method: string, input: unknown) => {
    const r = await backend.dispatcher.call(clerk, method as never, input)
    return r.ok ? null : r.error
  }
  const byDepartment = (department: string): ResultRow[] => list.rows.filter((r) => r.department === department)

  beforeAll(async () => {
    const y = await buildAnnualYear(dbPath, { names: { S03: EVIL } })
    backend = y.backend
    clerk = y.credential
    ok = y.ok
    await backend.database.db.insertInto('settings').values({ key: 'unit.name', value: JSON.stringify(UNIT) }).execute()
    list = await ok<PeriodResults>('results-list', { period: '2025' })
    const { periodName } = await ok<PersonExplanation>('results-explain', { period: '2025', staffNo: 'S01' })
    title = `${UNIT}${periodName}个人考核结果单`
    const r = await backend.dispatcher.call(clerk, 'results-explain-export-all', { period: '2025' }, { onProgress: (e) => progress.push([e.done, e.total]) })
    if (!r.ok) throw new Error(r.error.message)
    file = r.result as ExportedFile
    bytes = Buffer.from(file.dataBase64, 'base64')
    wb = await workbook(bytes)
  }, 120_000)
  afterAll(async () => {
    await backend.close()
    tmp.cleanup()
  })

  it('is named for the period and says it holds everyone', () => {
    expect(file.fileName).toBe('某某市某某局-2025年度-个人考核结果单（全部）.xlsx')
  })

  it('has one sheet per department, in the order the roster created them', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['办公室', '业务科'])
    expect(list.rows).toHaveLength(8)
  })

  it('holds each person of the department in the results’ order, with the name, staff number, total and grade results-list shows', () => {
    for (const ws of wb.worksheets) {
      const expected = byDepartment(ws.name).map((r) => ({
        // a name that reads as a formula is written as typed (its cell quote-prefixed: the next test)
        name: r.name,
        staffNo: r.staffNo,
        total: r.total,
        grade: r.grade,
      }))
      expect(blocks(ws).map(({ name, staffNo, total, grade }) => ({ name, staffNo, total, grade })), ws.name).toEqual(expected)
    }
  })

  it('writes the formula-like name as text in the quote-prefix style, no apostrophe, not a formula', () => {
    const ws = wb.getWorksheet('业务科') as ExcelJS.Worksheet
    const block = blocks(ws).find((b) => b.staffNo === 'S03') as Block
    const cell = ws.getCell(block.first + 1, 2)
    expect(cell.value).toBe(EVIL)
    expect((cell.style as { quotePrefix?: boolean }).quotePrefix).toBe(true)
    expect(cell.type).toBe(ExcelJS.ValueType.String)
    expect(cell.formula).toBeUndefined()
  })

  it('writes each person’s block exactly as the single result sheet: values, number formats, bold, heights', async () => {
    for (const ws of wb.worksheets) {
      for (const b of blocks(ws)) {
        const single = (await workbook(await ok<ExportedFile>('results-explain-export', { period: '2025', staffNo: b.staffNo }))).worksheets[0]
        expect(b.last - b.first + 1, String(b.staffNo)).toBe(single.rowCount)
        for (let n = 1; n <= single.rowCount; n++) expect(rowContent(ws, b.first + n - 1), `${String(b.staffNo)} row ${n}`).toEqual(rowContent(single, n))
      }
    }
  })

  it('keeps numbers as numbers with 2 decimals, weights as percentages', () => {
    for (const ws of wb.worksheets) {
      for (const b of blocks(ws)) {
        const total = ws.getCell(b.first + 4, 2)
        if (total.value !== null) {
          expect(typeof total.value).toBe('number')
          expect(total.numFmt).toBe('0.00')
        }
      }
    }
    // the indicator table (header 指标 … 贡献分 down to 加权得分): weights and shares as %, score and contribution to 2 decimals
    let indicatorRows = 0
    for (const ws of wb.worksheets) {
      for (const b of blocks(ws)) {
        let inTable = false
        for (let n = b.first; n <= b.last; n++) {
          const row = ws.getRow(n)
          if (row.getCell(1).value === '加权得分') break
          if (inTable) {
            indicatorRows++
            const formats = [4, 5, 6, 7].map((c) => (typeof row.getCell(c).value === 'number' ? row.getCell(c).numFmt : null))
            expect(formats, `${ws.name} row ${n}`).toEqual(['0.00%', '0.00%', '0.00', '0.00'].map((f, i) => (typeof row.getCell(i + 4).value === 'number' ? f : null)))
          }
          if (row.getCell(1).value === '指标' && row.getCell(7).value === '贡献分') inTable = true
        }
      }
    }
    // 德 D1 D2 绩 J1 for each of the 8 people
    expect(indicatorRows).toBe(8 * 5)
  })

  it('breaks the page after every person: as many manual breaks as people on the sheet, each below a block’s last row', async () => {
    for (const [i, ws] of wb.worksheets.entries()) {
      const breaks = await rowBreaks(bytes, i + 1)
      const people = blocks(ws)
      expect(breaks.count, ws.name).toBe(String(byDepartment(ws.name).length))
      expect(breaks.rows, ws.name).toEqual(people.map((b) => b.last))
    }
  })

  it('prints on A4 portrait, fitted to the width and centred, with page numbers', () => {
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup, ws.name).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true })
      expect(ws.headerFooter.oddFooter, ws.name).toContain('第 &P 页 共 &N 页')
    }
  })

  it('reports progress person by person up to everyone', () => {
    const people = progress.filter(([, total]) => total === 8)
    expect(people.map(([done]) => done)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
  })

  it('exports one department only when asked, named for it', async () => {
    const one = await ok<ExportedFile>('results-explain-export-all', { period: '2025', department: '业务科' })
    expect(one.fileName).toBe('某某市某某局-2025年度-个人考核结果单（业务科）.xlsx')
    const book = await workbook(one)
    expect(book.worksheets.map((w) => w.name)).toEqual(['业务科'])
    expect(blocks(book.worksheets[0]).map((b) => b.staffNo)).toEqual(byDepartment('业务科').map((r) => r.staffNo))
    expect((await rowBreaks(Buffer.from(one.dataBase64, 'base64'), 1)).count).toBe(String(byDepartment('业务科').length))
  })

  it('refuses a department without results, an unknown period and a period not computed, naming them', async () => {
    expect(await fail('results-explain-export-all', { period: '2025', department: '财务科' })).toMatchObject({ code: 'not-found', message: expect.stringContaining('财务科') })
    expect(await fail('results-explain-export-all', { period: '2031' })).toMatchObject({ code: 'not-found', message: expect.stringContaining('2031') })
    await ok('period-create', { id: '2026-Q1', kind: 'quarter', scheme: '平时考核2025' })
    expect(await fail('results-explain-export-all', { period: '2026-Q1' })).toMatchObject({ code: 'conflict', message: expect.stringContaining('请先计算结果') })
    expect(await fail('results-explain-export-all', { period: '2025', department: '' })).toMatchObject({ code: 'invalid-input' })
  })

  it('stops when the caller cancels during the export', async () => {
    const abort = new AbortController()
    const r = await backend.dispatcher.call(clerk, 'results-explain-export-all', { period: '2025' }, { signal: abort.signal, onProgress: (e) => e.done > 0 && abort.abort() })
    expect(r.ok).toBe(false)
    expect(!r.ok && r.error.code).toBe('cancelled')
  })

  it('writes the same sheets from the CLI, everyone or one department; --all takes --out and no --staff', async () => {
    const out = path.join(tmp.dir, 'cli', '结果单.xlsx')
    const all = await cli(dbPath, 'explain', '--period', '2025', '--all', '--out', out)
    expect(all.code, all.err).toBe(0)
    expect(all.out).toContain(out)
    expect(fs.readdirSync(path.dirname(out))).toEqual(['结果单.xlsx'])
    const fromCli = await workbook(fs.readFileSync(out))
    expect(fromCli.worksheets.map((w) => w.name)).toEqual(wb.worksheets.map((w) => w.name))
    for (const ws of fromCli.worksheets) {
      const mine = blocks(wb.getWorksheet(ws.name) as ExcelJS.Worksheet)
      expect(blocks(ws)).toEqual(mine)
    }

    const office = path.join(tmp.dir, 'cli', '办公室.xlsx')
    const one = await cli(dbPath, 'explain', '--period', '2025', '--all', '--department', '办公室', '--out', office, '--json')
    expect(one.code, one.err).toBe(0)
    expect(JSON.parse(one.out)).toEqual({ path: office })
    const book = await workbook(fs.readFileSync(office))
    expect(book.worksheets.map((w) => w.name)).toEqual(['办公室'])
    expect(blocks(book.worksheets[0]).map((b) => b.staffNo)).toEqual(byDepartment('办公室').map((r) => r.staffNo))

    expect((await cli(dbPath, 'explain', '--period', '2025', '--all')).code).toBe(2)
    const both = await cli(dbPath, 'explain', '--period', '2025', '--all', '--staff', 'S01', '--out', office)
    expect(both.code).toBe(2)
    expect(both.err).toContain('--staff')
    const none = await cli(dbPath, 'explain', '--period', '2025', '--all', '--department', '财务科', '--out', office)
    expect(none.code).toBe(1)
    expect(none.err).toContain('财务科')
  })
})
