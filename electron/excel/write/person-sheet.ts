import type ExcelJS from 'exceljs'
import type { PersonExplanation } from '../../../shared/contract/explain'
import { roundHalfUp } from '../../../shared/domain/rounding'
import { t } from '../../../shared/i18n'
import { adjustmentKind, annualLines, detailLines, gradeWords, rankWords, sourceWord } from '../../../shared/i18n/explain-words'
import { safeCell, type SafeCellValue } from './safe-cell'
import { bodyFont, headerFill, headerFont, noteFont, numFmt, pageHeaderFooter, pageSetup, thinBorder, textHeight, titleFont } from './sheet-style'
import { withOwnMerges } from './streamed-merges'
import { aligned, sharedStyle } from './shared-styles'
import { createStreamingWorkbook } from './streaming-workbook'
import { plainText } from '../../../shared/i18n/office-text'

/** 指标 · 计分方式 · 评分明细 · 权重 · 占总分权重 · 得分 · 贡献分: about a portrait A4 page wide. */
const WIDTHS = [18, 8, 44, 8, 8, 7, 7]
const COLS = WIDTHS.length
const LINE = 14

type Value = string | number | null

export interface PersonSheetOptions {
  unitName: string
}

/** The one 个人考核结果单 of one person, on a sheet of its own. */
export async function buildPersonSheet(e: PersonExplanation, opts: PersonSheetOptions & { created?: Date }): Promise<Buffer> {
  const book = createStreamingWorkbook({ created: opts.created })
  const ws = addPersonSheet(book.workbook, t('explain.sheet.name'))
  writePersonBlock(ws, e, opts)
  ws.commit()
  return book.finish()
}

/**
 * A streamed sheet for result sheets: portrait A4 fitted to the width and centred, page numbers in
 * the footer. Its columns are set here, before any row, as the streaming writer requires.
 */
export function addPersonSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name, {
    pageSetup: { ...pageSetup({ totalWidth: WIDTHS.reduce((a, b) => a + b, 0) }), orientation: 'portrait' },
    headerFooter: pageHeaderFooter(),
  })
  ws.columns = WIDTHS.map((width) => ({ width }))
  return ws
}

/**
 * The printable 个人考核结果单 of one person from the sheet's next row on: a header block, the
 * indicator tree with each rating by role, weight, score and contribution, the adjustments with their
 * rule and reason, the flags, the dimensions against the department's mean, the rules used and the
 * signature lines. Values only; every number is the one results-explain gives. Each row is committed
 * once the next one starts, so a streamed sheet of many people holds one row at a time; with
 * `pageBreakAfter` the next person starts on a new page. For a streamed sheet only (its merges).
 */
export function writePersonBlock(ws: ExcelJS.Worksheet, e: PersonExplanation, opts: PersonSheetOptions & { pageBreakAfter?: boolean }): void {
  withOwnMerges(ws, () => writeBlock(ws, e, opts))
}

function writeBlock(ws: ExcelJS.Worksheet, e: PersonExplanation, opts: PersonSheetOptions & { pageBreakAfter?: boolean }): void {
  const put = new SheetWriter(ws)

  put.title(`${opts.unitName}${t('explain.sheet.title', { period: e.periodName })}`)
  put.pairs([
    [t('explain.label.name'), e.name, t('explain.label.staffNo'), e.staffNo],
    [t('explain.label.department'), e.department, t('explain.label.status'), e.status],
    [t('explain.label.period'), `${e.periodName}（${e.period}）`, t('explain.label.rank'), rankWords(e)],
    [t('explain.label.total'), e.totalRounded, t('explain.label.grade'), gradeWords(e)],
  ])

  put.section(t('explain.sheet.indicators'))
  put.header([t('explain.col.indicator'), t('explain.col.mode'), t('explain.col.detail'), t('explain.col.weight'), t('explain.col.globalWeight'), t('explain.col.score'), t('explain.col.contribution')])
  for (const ind of e.indicators) {
    const detail = detailLines(ind).join('\n')
    const row = put.body([ind.name, sourceWord(ind), detail, ind.weight, ind.globalWeight, ind.score, ind.contribution], { wrap: [2] })
    row.getCell(1).alignment = aligned('left', 'middle', true, ind.depth * 2)
    if (ind.depth === 0) row.getCell(1).font = { ...bodyFont, bold: true }
    row.getCell(4).numFmt = numFmt.percent
    row.getCell(5).numFmt = numFmt.percent
    row.getCell(6).numFmt = numFmt.score
    row.getCell(7).numFmt = numFmt.score
  }
  const sum = put.body([t('explain.label.weightedTotal'), null, null, null, null, null, e.weightedTotal])
  sum.font = { ...bodyFont, bold: true }
  sum.getCell(7).numFmt = numFmt.score

  put.section(t('explain.sheet.adjustments'))
  put.header([t('explain.col.item'), t('explain.col.points'), t('explain.col.rule'), null, null, t('explain.col.reason'), null], [[3, 5], [6, 7]])
  if (e.adjustments.length === 0) put.line(t('explain.none'))
  for (const a of e.adjustments) {
    const row = put.body([`${adjustmentKind(a)}：${a.item}`, a.points, a.rule, null, null, a.reason ?? '', null], { wrap: [0, 2, 5], merge: [[3, 5], [6, 7]] })
    row.getCell(2).numFmt = '+0.00;-0.00;0.00'
  }
  const total = put.body([t('explain.label.total'), e.totalRounded, t('explain.sheet.totalRule'), null, null, null, null], { merge: [[3, 7]], wrap: [2] })
  total.font = { ...bodyFont, bold: true }
  total.getCell(2).numFmt = numFmt.score

  if (e.annual) {
    put.section(t('explain.sheet.annual'))
    for (const line of annualLines(e)) put.line(line)
  }

  put.section(t('explain.sheet.flags'))
  if (e.flags.length === 0) put.line(t('explain.none'))
  for (const f of e.flags) put.line(f.text)

  put.section(t('explain.sheet.dimensions'))
  put.header([t('explain.col.dimension'), t('explain.col.weight'), t('explain.col.comparison'), t('explain.col.ownScore'), t('explain.col.departmentMean'), t('explain.col.difference'), null], [[6, 7]])
  for (const d of e.dimensions) {
    const diff = d.score !== null && d.departmentMean !== null ? d.score - d.departmentMean : null
    const row = put.body([d.name, d.weight, comparisonWords(diff), d.score, d.departmentMean, diff, null], { merge: [[6, 7]] })
    row.getCell(2).numFmt = numFmt.percent
    for (const c of [4, 5]) row.getCell(c).numFmt = numFmt.score
    row.getCell(6).numFmt = '+0.00;-0.00;0.00'
  }

  put.section(t('explain.sheet.rules'))
  for (const rule of e.rules) put.line(rule, noteFont)

  put.blank()
  put.signature(t('explain.sheet.signSelf'), t('explain.sheet.signCommittee'))
  put.end(opts.pageBreakAfter === true)
}

/** The person against the department's mean, in words, on the shown (rounded) numbers. */
function comparisonWords(diff: number | null): string {
  if (diff === null) return ''
  const shown = roundHalfUp(diff)
  if (shown === 0) return t('explain.compare.equal')
  return t(shown > 0 ? 'explain.compare.above' : 'explain.compare.below', { diff: Math.abs(shown).toFixed(2) })
}

/**
 * Writes the sheet top to bottom; every value goes through safeCell (names and reasons are user
 * text). A row stays open until the next one is added, since callers style a row after it is made.
 */
class SheetWriter {
  private open: ExcelJS.Row | null = null

  constructor(private readonly ws: ExcelJS.Worksheet) {}

  private add(values: SafeCellValue[]): ExcelJS.Row {
    this.commitOpen()
    this.open = this.ws.addRow(values)
    return this.open
  }

  /** commits the last row, with a manual page break below it when asked */
  end(pageBreak: boolean): void {
    if (pageBreak) this.open?.addPageBreak()
    this.commitOpen()
    this.open = null
  }

  private commitOpen(): void {
    const row = this.open
    if (!row) return
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.style = sharedStyle(cell.style)
    })
    row.commit()
  }

  title(text: string): void {
    const row = this.add([safeCell(text)])
    this.ws.mergeCells(row.number, 1, row.number, COLS)
    row.getCell(1).font = titleFont
    row.getCell(1).alignment = aligned('center', 'middle', true)
    row.height = 32
  }

  /** label / value pairs, two to a row: label A, value B–C, label D–E, value F–G */
  pairs(rows: [Value, Value, Value, Value][]): void {
    for (const [l1, v1, l2, v2] of rows) {
      const row = this.add([l1, v1, null, l2, null, v2, null].map((v) => safeCell(v)))
      for (const [a, b] of [[2, 3], [4, 5], [6, 7]]) this.ws.mergeCells(row.number, a, row.number, b)
      for (let c = 1; c <= COLS; c++) {
        const cell = row.getCell(c)
        const label = c === 1 || c === 4 || c === 5
        cell.font = label ? headerFont : bodyFont
        if (label) cell.fill = headerFill
        cell.border = thinBorder
        cell.alignment = aligned(label ? 'center' : 'left', 'middle', true)
        if (typeof cell.value === 'number') cell.numFmt = numFmt.score
      }
      row.height = 20
    }
  }

  section(text: string): void {
    this.blank()
    const row = this.add([safeCell(text)])
    this.ws.mergeCells(row.number, 1, row.number, COLS)
    row.getCell(1).font = { ...headerFont, size: 12 }
    row.height = 20
  }

  header(values: Value[], merges: [number, number][] = []): void {
    const row = this.add(values.map((v) => safeCell(v)))
    for (let c = 1; c <= COLS; c++) {
      const cell = row.getCell(c)
      cell.font = headerFont
      cell.fill = headerFill
      cell.border = thinBorder
      cell.alignment = aligned('center', 'middle', true)
    }
    for (const [a, b] of merges) this.ws.mergeCells(row.number, a, row.number, b)
    row.height = 30
  }

  body(values: Value[], opts: { wrap?: number[]; merge?: [number, number][] } = {}): ExcelJS.Row {
    const row = this.add(values.map((v) => safeCell(v)))
    let height = LINE
    for (let c = 1; c <= COLS; c++) {
      const cell = row.getCell(c)
      const wrap = opts.wrap?.includes(c - 1) ?? false
      cell.font = bodyFont
      cell.border = thinBorder
      cell.alignment = aligned(typeof values[c - 1] === 'number' ? 'right' : 'left', 'middle', wrap)
      const v = values[c - 1]
      if (wrap && typeof v === 'string' && v !== '') height = Math.max(height, textHeight(v, this.spanWidth(c, opts.merge), bodyFont))
    }
    for (const [a, b] of opts.merge ?? []) this.ws.mergeCells(row.number, a, row.number, b)
    row.height = height + 6
    return row
  }

  /** a full-width line of text: a flag, a rule, an annual part */
  line(marked: string, font: Partial<ExcelJS.Font> = bodyFont): void {
    const text = plainText(marked)
    const row = this.add([safeCell(text)])
    this.ws.mergeCells(row.number, 1, row.number, COLS)
    row.getCell(1).font = font
    row.getCell(1).alignment = aligned('left', 'top', true)
    // the line height already leaves room above and below the text: no padding, so a sheet keeps to one page
    row.height = textHeight(text, WIDTHS.reduce((a, b) => a + b, 0), font)
  }

  /** a gap between sections, narrower than a line: with full-height gaps a person's sheet spilled its signatures onto a second page */
  blank(): void {
    this.add([]).height = 8
  }

  signature(self: string, committee: string): void {
    const row = this.add([safeCell(self), null, null, safeCell(committee), null, null, null])
    this.ws.mergeCells(row.number, 1, row.number, 3)
    this.ws.mergeCells(row.number, 4, row.number, COLS)
    for (const c of [1, 4]) {
      row.getCell(c).font = { ...bodyFont, size: 12 }
      row.getCell(c).alignment = aligned('left', 'bottom')
    }
    row.height = 40
  }

  private spanWidth(col: number, merges: [number, number][] = []): number {
    const m = merges.find(([a]) => a === col)
    return m ? WIDTHS.slice(m[0] - 1, m[1]).reduce((a, b) => a + b, 0) : WIDTHS[col - 1]
  }
}
