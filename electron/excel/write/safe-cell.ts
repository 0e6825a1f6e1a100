/**
 * Makes a value safe to put in a spreadsheet cell.
 *
 * exceljs writes a string as a string (never as a formula), so the .xlsx itself runs nothing. The
 * danger comes later: a clerk edits the cell and presses Enter, or saves the sheet as CSV and opens
 * it again, and Excel, WPS or LibreOffice then reads `=HYPERLINK(…)` as a formula. The xlsx way to
 * prevent that (the `quotePrefix` cell style) is not supported by exceljs 4.4 (PR exceljs#2809 is
 * still open), so we follow OWASP / ASVS 1.2.10: text whose first character is = + - @, a tab or a
 * carriage return gets a leading apostrophe inside the value. The apostrophe stays visible in the
 * cell, which is the honest outcome for such odd text, and it survives a CSV round trip.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r'])

export type SafeCellValue = string | number | null

export function safeCell(value: string | number | null | undefined): SafeCellValue {
  if (value === null || value === undefined) return null
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (value.length > 0 && FORMULA_TRIGGERS.has(value[0])) return `'${value}`
  return value
}
