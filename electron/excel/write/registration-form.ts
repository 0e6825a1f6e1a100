import type ExcelJS from 'exceljs'
import { t } from '../../../shared/i18n'
import type { ResultRow } from '../../../shared/contract'
import { safeCell } from './safe-cell'
import { sheetName } from './sheet-name'
import { byDepartment } from './department-counts'
import { withOwnMerges } from './streamed-merges'
import { sharedStyle } from './shared-styles'
import { bodyFont, headerFont, numFmt, pageHeaderFooter, pageSetup, thinBorder, titleFont, wrappedHeight } from './sheet-style'
import type { AnnualReportInput, FormPerson } from './annual-report-input'

/**
 * 公务员年度考核登记表: one bordered A4 portrait form per person, a manual page break after each.
 *
 * Six columns, label / value pairs; the long texts (个人总结, 评语) span the five value columns.
 */
const WIDTHS = [14, 16, 12, 16, 12, 18]
const COLS = WIDTHS.length
const VALUE_WIDTH = WIDTHS.slice(1).reduce((a, b) => a + b, 0)

/**
 * Up to this many people the forms share one sheet (one print job); beyond it each department gets
 * its own sheet, since its forms go to its leader to sign and a sheet of hundreds of pages is hard
 * to find a person in.
 */
export const ONE_SHEET_MAX = 60

export interface FormSheetGroup {
  name: string
  rows: ResultRow[]
}

/** The forms grouped into sheets: one for a small unit, else one per department in the office's order. */
export function formSheets(input: AnnualReportInput, taken: Set<string>): FormSheetGroup[] {
  // people keep the results' order (by rank) within a department
  const groups = byDepartment(input.results.rows, input.departmentOrder)
  if (input.results.rows.length <= ONE_SHEET_MAX) return [{ name: sheetName(t('annualReport.sheet.forms'), taken), rows: groups.flatMap(([, people]) => people) }]
  return groups.map(([department, people]) => ({ name: sheetName(t('annualReport.sheet.formsOf', { department }), taken), rows: people }))
}

export async function writeFormSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  input: AnnualReportInput,
  group: FormSheetGroup,
  tick?: (formsWritten: number) => Promise<void>,
): Promise<void> {
  const ws = workbook.addWorksheet(group.name, {
    pageSetup: pageSetup({ totalWidth: WIDTHS.reduce((a, b) => a + b, 0) }),
    headerFooter: pageHeaderFooter(),
  })
  ws.columns = WIDTHS.map((width) => ({ width }))
  let written = 0
  for (const row of group.rows) {
    withOwnMerges(ws, () => writeForm(ws, input, row, input.forms.get(row.staffNo)))
    if (tick && ++written % 20 === 0) await tick(written)
  }
  ws.commit()
}

type Cell = string | number | null

/**
 * room to write a summary by hand when none was entered; with it a form about fills an A4 page
 * (the 性别 · 出生年月 · 政治面貌 line took its 30 points from here, so a form still prints on one page)
 */
const SUMMARY_MIN_HEIGHT = 260

/** Excel's tallest row, in points; a longer self report is cut off in print (a form holds about 1,500 characters) */
const MAX_ROW_HEIGHT = 409

/**
 * The form's cell styles, each one object shared by every form and never changed after: exceljs's
 * style table recognises a style object it has seen by identity, so 10,000 forms cost a lookup a
 * cell instead of serialising its style each time.
 */
const TITLE_STYLE: Partial<ExcelJS.Style> = { font: { ...titleFont, size: 18 }, alignment: { horizontal: 'center', vertical: 'middle' } }
const YEAR_STYLE: Partial<ExcelJS.Style> = { font: bodyFont, alignment: { horizontal: 'center', vertical: 'middle' } }
const UNIT_STYLE: Partial<ExcelJS.Style> = { font: bodyFont, alignment: { horizontal: 'left', vertical: 'bottom' } }
const LABEL_STYLE: Partial<ExcelJS.Style> = { border: thinBorder, font: headerFont, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } }

function valueStyle(align: Partial<ExcelJS.Alignment>, format: string | undefined): Partial<ExcelJS.Style> {
  return sharedStyle({ border: thinBorder, font: bodyFont, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true, ...align }, ...(format ? { numFmt: format } : {}) })
}

function writeForm(ws: ExcelJS.Worksheet, input: AnnualReportInput, r: ResultRow, person: FormPerson | undefined): void {
  const year = input.period.year
  const line = (values: Cell[], height: number, merges: [number, number][] = []): ExcelJS.Row => {
    const row = ws.addRow(values.map((v) => safeCell(v)))
    row.height = Math.min(MAX_ROW_HEIGHT, height)
    for (const [from, to] of merges) ws.mergeCells(row.number, from, row.number, to)
    return row
  }
  const boxed = (row: ExcelJS.Row, labels: number[], align: Partial<ExcelJS.Alignment> = {}, formats: Record<number, string> = {}) => {
    for (let c = 1; c <= COLS; c++) row.getCell(c).style = labels.includes(c) ? LABEL_STYLE : valueStyle(align, formats[c])
  }

  // every cell of a merged title row shares its style: a merged cell left with its own empty style still costs one in the style table
  const styled = (row: ExcelJS.Row, style: Partial<ExcelJS.Style>) => {
    for (let c = 1; c <= COLS; c++) row.getCell(c).style = style
  }
  styled(line([t('annualReport.form.title')], 40, [[1, COLS]]), TITLE_STYLE)
  styled(line([t('annualReport.form.year', { year })], 22, [[1, COLS]]), YEAR_STYLE)
  styled(line([t('annualReport.form.unit', { unit: input.unitName })], 24, [[1, COLS]]), UNIT_STYLE)

  boxed(line([t('annualReport.form.name'), r.name, t('annualReport.form.staffNo'), r.staffNo, t('annualReport.form.assessYear'), t('annualReport.notes.yearValue', { year })], 30), [1, 3, 5])
  const birth = input.sensitive === 'omitted' ? t('annualReport.form.omitted') : (person?.birth ?? '')
  boxed(line([t('annualReport.form.gender'), person?.gender ?? '', t('annualReport.form.birth'), birth, t('annualReport.form.political'), person?.political ?? ''], 30), [1, 3, 5])
  boxed(line([t('annualReport.form.department'), r.department], 30, [[2, COLS]]), [1])
  boxed(line([t('annualReport.form.position'), person?.position ?? '', null, t('annualReport.form.rankTitle'), person?.rankTitle ?? ''], 30, [[2, 3], [5, COLS]]), [1, 4])

  const summary = person?.selfReport?.trim() || t('annualReport.form.summaryEmpty')
  boxed(line([t('annualReport.form.summary'), summary], Math.max(SUMMARY_MIN_HEIGHT, wrappedHeight(summary, VALUE_WIDTH) + 20), [[2, COLS]]), [1], { vertical: 'top' })

  const comment = person?.leaderComment?.trim() || t('annualReport.form.leaderEmpty')
  const leader = line([t('annualReport.form.leader'), comment], Math.max(100, wrappedHeight(comment, VALUE_WIDTH) + 16), [[2, COLS]])
  boxed(leader, [1], { vertical: 'top' })
  const leaderSign = line([null, t('annualReport.form.leaderSign')], 24, [[2, COLS]])
  boxed(leaderSign, [1], { horizontal: 'right' })
  ws.mergeCells(leader.number, 1, leaderSign.number, 1)

  const grade = line([t('annualReport.form.grade'), r.grade, t('annualReport.form.score'), r.total, t('annualReport.form.rank'), r.rank], 30)
  boxed(grade, [1, 3, 5], { horizontal: 'center' }, { 4: numFmt.score })

  const committee = line([t('annualReport.form.committee'), t('annualReport.form.committeeValue', { grade: r.grade })], 60, [[2, COLS]])
  boxed(committee, [1], { vertical: 'top' })
  const committeeSign = line([null, t('annualReport.form.committeeSign')], 24, [[2, COLS]])
  boxed(committeeSign, [1], { horizontal: 'right' })
  ws.mergeCells(committee.number, 1, committeeSign.number, 1)

  const own = line([t('annualReport.form.own'), t('annualReport.form.ownSign')], 60, [[2, COLS]])
  boxed(own, [1], { horizontal: 'right', vertical: 'bottom' })
  own.addPageBreak()
  // writes this form's rows out: a streamed sheet keeps only uncommitted rows in memory
  own.commit()
}
