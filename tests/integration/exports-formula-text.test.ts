import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../electron/rpc/backend'
import type { ExportedFile, PeriodResults } from '../../shared/contract'
import { approveAndPublish, buildAnnualYear, type AnnualYear } from '../support/annual-year'
import { tempDir } from '../support/temp-dir'

/**
 * Names, reports and comments are typed by people, and any of them may begin like a formula. Every
 * export Kaohe writes is checked cell by cell here: no cell is a formula, and every text cell that
 * begins with = + - @, a tab or a carriage return (which Excel, WPS or LibreOffice would run once a
 * clerk edits the cell) carries Excel's quote-prefix style, its text as typed — no apostrophe shown.
 */
const NAMES = { S01: '=HYPERLINK("http://example.com","赵一")', S02: '@SUM(A1:A9)', S03: '-2+3', S05: '+cmd|\' /C calc\'!A0' }
const SELF = '=1+1 全年完成各项工作任务。'
const LEADER = '-工作认真负责。'
const DEPARTMENT = '=业务科'
const TRIGGERS = ['=', '+', '-', '@', '\t', '\r']

interface Offence {
  sheet: string
  cell: string
  text: string
}

async function offences(file: ExportedFile): Promise<{ cells: number; found: Offence[]; userText: number }> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer)
  const found: Offence[] = []
  let cells = 0
  let userText = 0
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        cells++
        if (cell.type === ExcelJS.ValueType.Formula) found.push({ sheet: ws.name, cell: cell.address, text: `formula ${String(cell.formula)}` })
        const v = cell.value
        if (typeof v !== 'string') return
        // the other cells of a merged range only show their first cell's value (and style)
        if (cell.isMerged && cell.master.address !== cell.address) return
        const quoted = (cell.style as { quotePrefix?: boolean }).quotePrefix === true
        if (TRIGGERS.includes(v[0]) && !quoted) found.push({ sheet: ws.name, cell: cell.address, text: v })
        if (v[0] === "'" && TRIGGERS.includes(v[1])) found.push({ sheet: ws.name, cell: cell.address, text: `apostrophe shown: ${v}` })
        if ([...Object.values(NAMES), SELF, LEADER, DEPARTMENT].some((u) => v.includes(u))) userText++
      }),
    )
  }
  return { cells, found, userText }
}

describe('no export writes user text a spreadsheet would run as a formula', () => {
  const tmp = tempDir('kaohe-formula-text-')
  let y: AnnualYear
  let backend: Backend
  const files = new Map<string, ExportedFile>()

  beforeAll(async () => {
    y = await buildAnnualYear(path.join(tmp.dir, 'year.db'), { names: NAMES })
    backend = y.backend
    // the first quarter before the year's stages: its reminder list names everyone still missing one
    files.set('period-reminders-export', await y.ok<ExportedFile>('period-reminders-export', { period: '2025' }))
    await approveAndPublish(y, { self: SELF, leader: LEADER })
    // no call renames a department: the roster's own name, as an office might have typed it, set directly
    await backend.database.db.updateTable('departments').set({ name: DEPARTMENT }).where('name', '=', '业务科').execute()
    const results = await y.ok<PeriodResults>('results-list', { period: '2025' })
    const calls: [string, unknown][] = [
      ['report-export', { period: '2025' }],
      ['report-export', { period: '2025-Q1' }],
      ['report-departments-export', { period: '2025' }],
      ['notice-export', { period: '2025' }],
      ['results-explain-export', { period: '2025', staffNo: 'S01' }],
      ['results-explain-export-all', { period: '2025' }],
      ['uses-export', { year: 2025 }],
      ['scheme-effective-export', { scheme: { name: '年度考核2025' }, target: { department: DEPARTMENT } }],
      [
        'grid-export',
        {
          title: '=年度考核结果',
          columns: [
            { header: '姓名', kind: 'text' },
            { header: '-部门', kind: 'text' },
            { header: '总分', kind: 'score' },
          ],
          rows: results.rows.map((r) => [r.name, r.department, r.total]),
        },
      ],
      [
        'ahp-export',
        {
          title: '+判断矩阵',
          criteria: ['=德', '能'],
          experts: [{ name: '@专家', matrix: [[1, 3], [1 / 3, 1]] }],
          method: 'eigen',
          riTable: 'saaty',
        },
      ],
    ]
    for (const [method, input] of calls) {
      const key = files.has(method) ? `${method} ${JSON.stringify(input)}` : method
      files.set(key, await y.ok<ExportedFile>(method, input))
    }
  }, 180_000)
  afterAll(async () => {
    await backend.close()
    tmp.cleanup()
  })

  it('covers every export of the contract but the empty templates and the scheme listing (no user text beyond its name)', () => {
    const methods = new Set([...files.keys()].map((k) => k.split(' ')[0]))
    expect([...methods].sort()).toEqual(
      ['ahp-export', 'grid-export', 'notice-export', 'period-reminders-export', 'report-departments-export', 'report-export', 'results-explain-export', 'results-explain-export-all', 'scheme-effective-export', 'uses-export'].sort(),
    )
  })

  it.each(['report-export', 'report-departments-export', 'notice-export', 'results-explain-export', 'results-explain-export-all', 'uses-export', 'grid-export', 'ahp-export', 'period-reminders-export', 'scheme-effective-export'])(
    '%s: no formula; every text cell that starts like one is quote-prefixed, no apostrophe shown',
    async (method) => {
      for (const [key, file] of files) {
        if (key.split(' ')[0] !== method) continue
        const { cells, found } = await offences(file)
        expect(cells, key).toBeGreaterThan(0)
        expect(found, key).toEqual([])
      }
    },
  )

  it('the formula-like names, reports and comments are there as typed, kept text by the quote-prefix style', async () => {
    const annual = await offences(files.get('report-export') as ExportedFile)
    // the 明细, 公示名单 and registration forms carry the names, the forms the self reports and comments
    expect(annual.userText).toBeGreaterThan(8)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from((files.get('report-export') as ExportedFile).dataBase64, 'base64') as unknown as ArrayBuffer)
    const texts: string[] = []
    wb.getWorksheet('年度考核登记表')?.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))))
    expect(texts).toContain(NAMES.S01)
    expect(texts).toContain(SELF)
    expect(texts).toContain(LEADER)
  })
})
