import ExcelJS from 'exceljs'
import type { AhpMethod, RiTable } from '../../../shared/contract'
import { ahp, groupMatrix, RI_TABLES, type AhpResult } from '../../../shared/domain/ahp'
import { inconsistentJudgments } from '../../../shared/domain/ahp-consistency'
import { t } from '../../../shared/i18n'
import { safeCell } from './safe-cell'
import { bodyFont, fitWidth, headerFill, headerFont, pageHeaderFooter, pageSetup, thinBorder, titleFont, wrappedHeight } from './sheet-style'
import { unitTitle } from './file-name'
import { sheetName } from './sheet-name'

export interface AhpExportInput {
  title: string
  criteria: string[]
  /** matrices already checked (checkMatrix) and on the scale */
  experts: { name: string; matrix: number[][] }[]
  method: AhpMethod
  riTable: RiTable
  /** the unit whose weights these are, before each sheet's title */
  unitName: string
}

/** Scale values as Excel shows fractions: 1/3 rather than 0.3333, 3 rather than "3    ". */
const JUDGMENT_FORMAT = '[<1]?/?;0'
const DECIMAL_FORMAT = '0.0000'
const RI_FORMAT = '0.00'


/** the content part of the file name: the title given, or the default one */
export function ahpExportContent(title: string): string {
  return t('exportName.ahp', { title: title.trim() === '' ? t('weights.ahp.export.defaultTitle') : title })
}

type Row = (string | number | null)[]

interface SheetSpec {
  name: string
  title: string
  criteria: string[]
  matrix: number[][]
  /** expert matrices hold scale values; the group's are geometric means */
  matrixFormat: string
  result: AhpResult
  facts: [string, string | number][]
  /** a small table under the results: its header and rows */
  table?: { header: string[]; rows: Row[]; formats: (string | undefined)[] }
}

/**
 * The AHP workbook: a sheet per expert (the matrix, its weights, λmax, CI, RI, CR and the verdict,
 * the judgments that most break consistency when it fails) and a 汇总 sheet for the group (the
 * element-wise geometric mean, its results, each expert's CR). Values only, no formulas; each
 * matrix is laid out as the importer reads it, so a sheet can be edited and imported again.
 */
export async function buildAhpWorkbook(input: AhpExportInput): Promise<Buffer> {
  const opts = { method: input.method, riTable: input.riTable }
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Kaohe'
  const groupName = t('weights.ahp.export.groupSheet')
  const used = new Set([groupName.toLowerCase()])
  const methodFacts = (): [string, string][] => [
    [t('weights.ahp.export.method'), t(`weights.method.${input.method}`)],
    [t('weights.ahp.export.riTable'), t('weights.ahp.export.riTableValue', { name: t(`weights.riTable.${input.riTable}`), values: RI_TABLES[input.riTable].join(', ') })],
  ]
  const results = input.experts.map((e) => ahp(e.matrix, opts))

  input.experts.forEach((expert, k) => {
    const result = results[k]
    const suggestions = result.consistent ? [] : inconsistentJudgments(expert.matrix, opts)
    const table = suggestions.length
      ? {
          header: [t('weights.ahp.export.sugJudgment'), t('weights.ahp.export.sugValue'), t('weights.ahp.export.sugImplied'), t('weights.ahp.export.sugSuggested'), t('weights.ahp.export.sugCrAfter')],
          rows: suggestions.map((s): Row => [t('weights.ahp.export.judgment', { row: input.criteria[s.row], col: input.criteria[s.col] }), s.value, s.implied, s.suggested, s.crAfter]),
          formats: [undefined, JUDGMENT_FORMAT, DECIMAL_FORMAT, JUDGMENT_FORMAT, DECIMAL_FORMAT],
        }
      : undefined
    writeSheet(wb, {
      name: sheetName(expert.name, used, t('weights.ahp.export.expertFallback', { k: k + 1 })),
      title: unitTitle(input.unitName, t('weights.ahp.export.expertTitle', { title: input.title, expert: expert.name })),
      criteria: input.criteria,
      matrix: expert.matrix,
      matrixFormat: JUDGMENT_FORMAT,
      result,
      facts: methodFacts(),
      table,
    })
  })

  const matrix = groupMatrix(input.experts.map((e) => e.matrix))
  writeSheet(wb, {
    name: groupName,
    title: unitTitle(input.unitName, t('weights.ahp.export.groupTitle', { title: input.title, count: input.experts.length })),
    criteria: input.criteria,
    matrix,
    matrixFormat: DECIMAL_FORMAT,
    result: ahp(matrix, opts),
    facts: [...methodFacts(), [t('weights.ahp.export.expertCount'), input.experts.length]],
    table: {
      header: [t('weights.ahp.export.expertCol'), 'CR', t('weights.ahp.export.verdict')],
      rows: input.experts.map((e, k): Row => [e.name, results[k].cr, verdict(results[k])]),
      formats: [undefined, DECIMAL_FORMAT, undefined],
    },
  })
  return Buffer.from(await wb.xlsx.writeBuffer())
}

function verdict(r: AhpResult): string {
  return t(r.consistent ? 'weights.ahp.consistent' : 'weights.ahp.inconsistent')
}

function writeSheet(wb: ExcelJS.Workbook, spec: SheetSpec): void {
  const { result, table } = spec
  const n = spec.criteria.length
  const facts: [string, string | number, string?][] = [
    [t('weights.ahp.export.lambdaMax'), result.lambdaMax, DECIMAL_FORMAT],
    [t('weights.ahp.export.ci'), result.ci, DECIMAL_FORMAT],
    [t('weights.ahp.export.ri'), result.ri, RI_FORMAT],
    [t('weights.ahp.export.cr'), result.cr, DECIMAL_FORMAT],
    [t('weights.ahp.export.verdict'), verdict(result)],
    ...spec.facts,
  ]
  const lastCol = Math.max(n + 1, table?.header.length ?? 0, 3)
  // column A holds every label; the others hold numbers under the criteria names
  const labels = [t('weights.ahp.export.corner'), t('weights.ahp.export.weights'), ...spec.criteria, ...facts.map(([l]) => l)]
  if (table) labels.push(table.header[0], ...table.rows.map((r) => String(r[0] ?? '')))
  const widths = Array.from({ length: lastCol }, (_, c) =>
    c === 0 ? fitWidth(labels, { min: 10, max: 30 }) : fitWidth([spec.criteria[c - 1] ?? '', table?.header[c] ?? '', '0.0000'], { min: 9, max: 20 }),
  )
  const totalWidth = widths.reduce((a, b) => a + b, 0)
  const ws = wb.addWorksheet(spec.name, { pageSetup: pageSetup({ totalWidth }), headerFooter: pageHeaderFooter() })
  ws.columns = widths.map((width) => ({ width }))

  const title = ws.addRow([safeCell(spec.title)])
  // a 16 pt title character is about 16/11 of the width unit
  title.height = Math.max(30, wrappedHeight(spec.title, totalWidth / (16 / 11), 22) + 8)
  title.getCell(1).font = titleFont
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  ws.mergeCells(1, 1, 1, lastCol)

  header(ws.addRow([t('weights.ahp.export.corner'), ...spec.criteria.map(safeCell)]))
  spec.matrix.forEach((r, i) => body(ws.addRow([safeCell(spec.criteria[i]), ...r]), spec.matrixFormat))
  ws.addRow([])
  body(ws.addRow([t('weights.ahp.export.weights'), ...result.weights]), DECIMAL_FORMAT)
  ws.addRow([])

  const valueWidth = totalWidth - widths[0]
  for (const [label, value, format] of facts) {
    const row = ws.addRow([label, typeof value === 'string' ? safeCell(value) : value])
    body(row, format)
    merge(ws, row, 2, lastCol)
    if (typeof value === 'string') fitText(row, 2, value, valueWidth)
  }

  if (!table) return
  ws.addRow([])
  // the table's last column runs to the sheet's edge: it holds the longest text
  const tableLast = table.header.length
  const mergeTail = (row: ExcelJS.Row) => {
    if (tableLast < lastCol) merge(ws, row, tableLast, lastCol)
  }
  const head = ws.addRow(table.header.map(safeCell))
  header(head)
  mergeTail(head)
  const tailWidth = widths.slice(tableLast - 1).reduce((a, b) => a + b, 0)
  for (const r of table.rows) {
    const row = ws.addRow(r.map((v) => (typeof v === 'string' ? safeCell(v) : v)))
    table.formats.forEach((format, c) => style(row.getCell(c + 1), format, c === 0))
    mergeTail(row)
    const last = r[tableLast - 1]
    if (typeof last === 'string') fitText(row, tableLast, last, tailWidth)
  }
}

/** Merges across a row, with the border on every covered cell so the merged box is closed. */
function merge(ws: ExcelJS.Worksheet, row: ExcelJS.Row, from: number, to: number): void {
  if (to <= from) return
  for (let c = from + 1; c <= to; c++) row.getCell(c).border = thinBorder
  ws.mergeCells(row.number, from, row.number, to)
}

/** Wraps a text cell and gives its row the height the wrapped lines need. */
function fitText(row: ExcelJS.Row, col: number, text: string, width: number): void {
  const cell = row.getCell(col)
  cell.alignment = { ...cell.alignment, wrapText: true }
  const height = wrappedHeight(text, width, LINE_HEIGHT)
  if (height > LINE_HEIGHT) row.height = height + 4
}

/** points per line of 10.5 pt 宋体 */
const LINE_HEIGHT = 14

function header(row: ExcelJS.Row): void {
  row.eachCell({ includeEmpty: false }, (cell) => {
    cell.font = headerFont
    cell.fill = headerFill
    cell.border = thinBorder
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  })
}

/** The first cell is a label in the header style; the rest are values. */
function body(row: ExcelJS.Row, format: string | undefined): void {
  row.eachCell({ includeEmpty: false }, (cell, col) => style(cell, col === 1 ? undefined : format, col === 1))
}

function style(cell: ExcelJS.Cell, format: string | undefined, label: boolean): void {
  cell.font = label ? headerFont : bodyFont
  cell.border = thinBorder
  if (label) cell.fill = headerFill
  if (format && typeof cell.value === 'number') cell.numFmt = format
  cell.alignment = { horizontal: label ? 'center' : typeof cell.value === 'number' ? 'right' : 'left', vertical: 'middle' }
}

