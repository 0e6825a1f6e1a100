import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { safeCell } from '../../../electron/excel/write/safe-cell'
import { EXCEL_CELL_LIMIT, fitCell, runsAsFormula } from '../../../electron/excel/write/cell-text-guard'
import { writeTableWorkbook } from '../../../electron/excel/write/table-workbook'

const FORMULA_LIKE = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1+1', '\r=1+1']

/** Each cell of the first sheet as stored: its text (shared strings resolved) and whether its style has quotePrefix="1". */
async function storedCells(bytes: Buffer): Promise<Map<string, { text: string; quotePrefix: boolean }>> {
  const zip = await JSZip.loadAsync(bytes)
  const styles = await zip.file('xl/styles.xml')!.async('string')
  const xfs = [...(styles.match(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/)?.[1] ?? '').matchAll(/<xf\b[^>]*>/g)].map((m) => m[0])
  const shared = [...((await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    [...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(''),
  )
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string')
  const out = new Map<string, { text: string; quotePrefix: boolean }>()
  for (const m of sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>(?:<v>([^<]*)<\/v>|<is><t[^>]*>([^<]*)<\/t><\/is>)?/g)) {
    const [, ref, attrs, v, inline] = m
    const s = Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? 0)
    const text = /t="s"/.test(attrs) ? shared[Number(v)] : (inline ?? v ?? '')
    out.set(ref, { text: decode(text), quotePrefix: /quotePrefix="1"/.test(xfs[s] ?? '') })
  }
  return out
}
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#x9;/g, '\t').replace(/&#xD;/g, '\r').replace(/_x000d_/gi, '\r').replace(/&amp;/g, '&')

describe('text cells of every export: formula-like text kept as text without an apostrophe, long text cut to fit', () => {
  it.each(FORMULA_LIKE)('%j runs as a formula when typed into a spreadsheet', (text) => expect(runsAsFormula(text)).toBe(true))

  it('leaves ordinary text alone, a sign inside it and Chinese text too', () => {
    for (const text of ['张三', '城管局/执法一队', 'a=b', '00123', '1-2', ' =1', "'already", '']) {
      expect(runsAsFormula(text)).toBe(false)
      expect(safeCell(text)).toBe(text)
    }
  })

  it('safeCell keeps numbers as numbers, blanks as blanks, and text exactly as typed', () => {
    expect(safeCell(92.58)).toBe(92.58)
    expect(safeCell(-3)).toBe(-3)
    expect(safeCell(null)).toBeNull()
    expect(safeCell(undefined)).toBeNull()
    expect(safeCell(Number.NaN)).toBeNull()
    for (const text of FORMULA_LIKE) expect(safeCell(text)).toBe(text)
  })

  it('the streamed writers (period report, 部门汇总…): quotePrefix="1" in styles.xml, the text without an apostrophe, read back as text', async () => {
    const rows = [...FORMULA_LIKE.map((text) => [text, 1]), ['张三', 2]]
    const bytes = await writeTableWorkbook([{ name: '表', title: '=标题', columns: [{ header: '-姓名', kind: 'text' }, { header: '分', kind: 'score' }], rows }], null)
    const stored = await storedCells(bytes)
    expect(stored.get('A1')).toEqual({ text: '=标题', quotePrefix: true })
    expect(stored.get('A2')).toEqual({ text: '-姓名', quotePrefix: true })
    FORMULA_LIKE.forEach((text, i) => expect(stored.get(`A${i + 3}`), text).toEqual({ text, quotePrefix: true }))
    expect(stored.get(`A${FORMULA_LIKE.length + 3}`)).toEqual({ text: '张三', quotePrefix: false })
    const back = new ExcelJS.Workbook()
    await back.xlsx.load(bytes as unknown as ArrayBuffer)
    const ws = back.worksheets[0]
    FORMULA_LIKE.forEach((text, i) => {
      const cell = ws.getCell(`A${i + 3}`)
      expect(cell.type).toBe(ExcelJS.ValueType.String)
      // an XML reader turns a bare carriage return into a line feed
      expect(cell.value).toBe(text.replace(/\r/g, '\n'))
      expect((cell.style as { quotePrefix?: boolean }).quotePrefix).toBe(true)
    })
    expect((ws.getCell('B3').style as { quotePrefix?: boolean }).quotePrefix).toBeUndefined()
  })

  it('the in-memory writer (AHP workbook) too, a style set after the value kept', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('s')
    ws.getCell('A1').value = '=1+1'
    ws.getCell('A1').style = { font: { bold: true } }
    const stored = await storedCells(Buffer.from(await wb.xlsx.writeBuffer()))
    expect(stored.get('A1')).toEqual({ text: '=1+1', quotePrefix: true })
  })

  it(`cuts a cell longer than Excel's ${EXCEL_CELL_LIMIT} characters, ending with a visible mark that says how much was cut`, async () => {
    const long = '长'.repeat(1_048_576)
    const fitted = fitCell(long)
    expect(fitted).toHaveLength(EXCEL_CELL_LIMIT)
    expect(fitted).toMatch(/……（以下截去 \d+ 字：Excel 一个单元格最多 32767 字）$/)
    const cut = Number(/截去 (\d+) 字/.exec(fitted)![1])
    expect(fitted.indexOf('……')).toBe(long.length - cut)
    expect(fitCell('短')).toBe('短')
    expect(fitCell('长'.repeat(EXCEL_CELL_LIMIT))).toHaveLength(EXCEL_CELL_LIMIT)
    const bytes = await writeTableWorkbook([{ name: '表', title: '长文本', columns: [{ header: '意见', kind: 'text' }], rows: [[long]] }], null)
    const back = new ExcelJS.Workbook()
    await back.xlsx.load(bytes as unknown as ArrayBuffer)
    expect(back.worksheets[0].getCell('A3').value).toBe(fitted)
  })
})
