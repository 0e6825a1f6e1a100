import type { ImportProblem } from '../../../shared/contract'
import type { FoundTable, TableRow } from '../../excel/find-table'
import { cellText, compactText, keyText, normStaffNo, parseNumber, type StaffNumberIndex } from '../../excel/normalize'
import { problemAt, type RatedPerson, type SchemeIndicator } from '../ratings/ratings-rows'
import { problemText } from '../../excel/problems'

/** The person a row names by 工号, with the same messages the ratings import gives; null when none. */
export function rowPerson(
  table: FoundTable,
  r: TableRow,
  people: StaffNumberIndex<RatedPerson>,
  problems: ImportProblem[],
  zeros: string[],
): RatedPerson | null {
  const staffNo = normStaffNo(r.values.staffNo ?? null)
  if (staffNo === null) {
    if (!r.flagged.has('staffNo')) problems.push(problemAt(table, r.row, 'staffNo', problemText('import.problem.required')))
    return null
  }
  const m = people.match(staffNo)
  if (m.kind === 'none') {
    problems.push(problemAt(table, r.row, 'staffNo', problemText('import.problem.unknownStaffNo', { staffNo })))
    return null
  }
  if (m.kind === 'ambiguous') {
    problems.push(problemAt(table, r.row, 'staffNo', problemText('import.problem.ambiguousStaffNo', { staffNo, list: m.candidates.join('、') })))
    return null
  }
  if (m.kind === 'zeros') {
    const z = `${staffNo} → ${m.staffNo}`
    if (!zeros.includes(z)) zeros.push(z)
  }
  const name = compactText(r.values.name ?? null)
  if (name !== null && name !== m.item.name) {
    problems.push(problemAt(table, r.row, 'name', problemText('import.problem.nameMismatch', { staffNo: m.staffNo, rosterName: m.item.name, name }), 'warning'))
  }
  return m.item
}

export type CountCell = { ok: true; value: number | null } | { ok: false }

/** A vote or response count: blank is none given, else a non-negative whole number (`１２`, '12' too). */
export function rowCount(table: FoundTable, r: TableRow, key: string, problems: ImportProblem[]): CountCell {
  const v = r.values[key] ?? null
  const text = cellText(v)
  if (text === null) return r.flagged.has(key) ? { ok: false } : { ok: true, value: null }
  const p = parseNumber(v)
  if (!p.ok || p.percent || p.value < 0 || !Number.isInteger(p.value)) {
    problems.push(problemAt(table, r.row, key, problemText('inputs.problem.notCount', { value: text })))
    return { ok: false }
  }
  return { ok: true, value: p.value }
}

/** Indicators that can take a value: leaves of the scheme. */
export function leaves(indicators: SchemeIndicator[]): SchemeIndicator[] {
  return indicators.filter((i) => i.isLeaf)
}

/** An indicator named by its code (as typed on the command line or in the dialog), case-insensitive. */
export function byCode(indicators: SchemeIndicator[], code: string): SchemeIndicator | undefined {
  const k = keyText(code) ?? code
  return indicators.find((i) => i.code === k) ?? indicators.find((i) => i.code.toUpperCase() === k.toUpperCase())
}

export const round2 = (x: number | null): number | null => (x === null ? null : Math.round(x * 100) / 100)

export const indicatorLabel = (i: SchemeIndicator): string => `${i.code} ${i.name}`
