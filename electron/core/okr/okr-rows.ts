import type { ImportProblem } from '../../../shared/contract'
import type { FoundTable, TableRow } from '../../excel/find-table'
import { cellText, keyText, normStaffNo, parseDate, parseNumber, parseWeight, type StaffNumberIndex } from '../../excel/normalize'
import { rowPerson } from '../inputs/input-rows'
import { problemAt, type RatedPerson } from '../ratings/ratings-rows'
import type { DepartmentMatch } from './owner'
import { problemText } from '../../excel/problems'

/** One row of a 目标与关键结果 sheet as understood: a key result under its objective and owner. */
export interface OkrSheetRow {
  row: number
  owner: { personId: number | null; departmentId: number | null; key: string; label: string }
  objective: string
  keyResult: string
  unit: string | null
  baseline: number
  target: number
  current: number | null
  start: string | null
  due: string
  /** null when the cell is blank */
  weight: number | null
}

export interface RowLookups {
  people: StaffNumberIndex<RatedPerson>
  department(ref: string): DepartmentMatch
}

const MAX_TITLE = 200
const MAX_UNIT = 20

type Parsed<T> = { ok: true; value: T } | { ok: false }

/** A number cell: blank is null; `８５`, '85', '1,200' and '85%' read as written (85). */
function rowNumber(table: FoundTable, r: TableRow, key: string, problems: ImportProblem[]): Parsed<number | null> & { percent?: boolean } {
  const v = r.values[key] ?? null
  const text = cellText(v)
  if (text === null) return r.flagged.has(key) ? { ok: false } : { ok: true, value: null }
  const p = parseNumber(v)
  if (!p.ok) {
    problems.push(problemAt(table, r.row, key, problemText('import.problem.notNumber', { value: text })))
    return { ok: false }
  }
  return { ok: true, value: p.value, percent: p.percent }
}

function rowText(table: FoundTable, r: TableRow, key: string, max: number, required: boolean, problems: ImportProblem[]): Parsed<string | null> {
  const text = cellText(r.values[key] ?? null)
  if (text === null) {
    if (required && !r.flagged.has(key)) problems.push(problemAt(table, r.row, key, problemText('import.problem.required')))
    return required || r.flagged.has(key) ? { ok: false } : { ok: true, value: null }
  }
  if (text.length > max) {
    problems.push(problemAt(table, r.row, key, problemText('okr.problem.tooLong', { max })))
    return { ok: false }
  }
  return { ok: true, value: text }
}

function rowDate(table: FoundTable, r: TableRow, key: string, required: boolean, problems: ImportProblem[]): Parsed<string | null> {
  const cell = r.values[key] ?? null
  const d = parseDate(cell)
  if (!d.ok) {
    problems.push(problemAt(table, r.row, key, problemText('import.problem.badDate', { value: cellText(cell) ?? '' })))
    return { ok: false }
  }
  if (d.value === null && required) {
    if (!r.flagged.has(key)) problems.push(problemAt(table, r.row, key, problemText('import.problem.required')))
    return { ok: false }
  }
  return { ok: true, value: d.value }
}

/** The owner: the person of 工号 when it is filled in (or there is no 部门 column), else the department of 部门. */
function rowOwner(table: FoundTable, r: TableRow, lk: RowLookups, problems: ImportProblem[], zeros: string[]): OkrSheetRow['owner'] | null {
  if (normStaffNo(r.values.staffNo ?? null) !== null || !table.byField.has('department')) {
    const person = rowPerson(table, r, lk.people, problems, zeros)
    return person ? { personId: person.id, departmentId: null, key: `p${person.id}`, label: `${person.staffNo} ${person.name}` } : null
  }
  const ref = keyText(r.values.department ?? null)
  if (ref === null) {
    if (!r.flagged.has('department')) problems.push(problemAt(table, r.row, 'department', problemText('okr.problem.noOwner')))
    return null
  }
  const m = lk.department(ref)
  if (m.kind !== 'one') {
    const message = m.kind === 'none' ? problemText('inputs.problem.unknownDepartment', { value: ref }) : problemText('inputs.problem.ambiguousDepartment', { value: ref, list: m.paths.join('、') })
    problems.push(problemAt(table, r.row, 'department', message))
    return null
  }
  return { personId: null, departmentId: m.department.id, key: `d${m.department.id}`, label: m.department.path }
}

/** Reads one row; null (its problems recorded, every cell checked) when it cannot be used. */
export function readOkrRow(table: FoundTable, r: TableRow, lk: RowLookups, problems: ImportProblem[], zeros: string[]): OkrSheetRow | null {
  const owner = rowOwner(table, r, lk, problems, zeros)
  const objective = rowText(table, r, 'objective', MAX_TITLE, true, problems)
  const keyResult = rowText(table, r, 'keyResult', MAX_TITLE, true, problems)
  const unit = rowText(table, r, 'unit', MAX_UNIT, false, problems)
  const baseline = rowNumber(table, r, 'baseline', problems)
  const target = rowNumber(table, r, 'target', problems)
  if (target.ok && target.value === null) problems.push(problemAt(table, r.row, 'target', problemText('import.problem.required')))
  const current = rowNumber(table, r, 'current', problems)
  const start = rowDate(table, r, 'startDate', false, problems)
  const due = rowDate(table, r, 'dueDate', true, problems)
  const weight = rowWeight(table, r, problems)
  if (start.ok && due.ok && start.value !== null && due.value !== null && due.value < start.value) {
    problems.push(problemAt(table, r.row, 'dueDate', problemText('okr.problem.dueBeforeStart', { start: start.value, due: due.value })))
    return null
  }
  if (!owner || !objective.ok || !keyResult.ok || !unit.ok || !baseline.ok || !target.ok || !current.ok || !start.ok || !due.ok || !weight.ok) return null
  if (objective.value === null || keyResult.value === null || target.value === null || due.value === null) return null
  // 85% typed in a column without a unit says what the unit is
  const percentTyped = [baseline, target, current].some((n) => n.percent)
  return {
    row: r.row,
    owner,
    objective: objective.value,
    keyResult: keyResult.value,
    unit: unit.value ?? (percentTyped ? '%' : null),
    baseline: baseline.value ?? 0,
    target: target.value,
    current: current.value,
    start: start.value,
    due: due.value,
    weight: weight.value,
  }
}

/** 30, 30% and 0.3 are all the same share; blank is null (equal shares when the whole objective leaves it blank). */
function rowWeight(table: FoundTable, r: TableRow, problems: ImportProblem[]): Parsed<number | null> {
  const v = r.values.weight ?? null
  const text = cellText(v)
  if (text === null) return r.flagged.has('weight') ? { ok: false } : { ok: true, value: null }
  const w = parseWeight(v)
  if (w === null || !(w > 0)) {
    problems.push(problemAt(table, r.row, 'weight', problemText('okr.problem.badWeight', { value: text })))
    return { ok: false }
  }
  return { ok: true, value: w }
}
