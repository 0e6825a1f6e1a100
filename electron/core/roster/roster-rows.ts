import { participationStatuses, type ImportProblem, type ParticipationStatus } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import type { FoundTable, TableRow } from '../../excel/find-table'
import { cellText, compactText, keyText, normStaffNo, parseYearMonth } from '../../excel/normalize'
import { cellProblem, problemText } from '../../excel/problems'
import { readSensitive } from './sensitive-cells'

/** One roster row as understood; optional fields are undefined when the file has no such column. */
export interface RosterRow {
  row: number
  staffNo: string
  name: string
  /** department levels, top first */
  department: string[]
  positionClass?: string | null
  rankTitle?: string | null
  isLeader?: boolean
  gender?: string | null
  birth?: string | null
  idNumber?: string | null
  phone?: string | null
  political?: string | null
  status?: ParticipationStatus
  statusReason?: string | null
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓', '✔', '领导', '班子成员'])
const NO = new Set(['否', 'n', 'no', 'false', '0', '×', '✗', '-', '/', '无'])

/** Reads and checks the roster rows; every problem goes to `problems`, rows with errors are left out. */
export function readRosterRows(table: FoundTable, problems: ImportProblem[]): RosterRow[] {
  const out: RosterRow[] = []
  const firstRowOf = new Map<string, number>()
  for (const r of table.rows) {
    const before = problems.length
    const parsed = readRow(table, r, problems)
    if (parsed) {
      const seen = firstRowOf.get(parsed.staffNo)
      if (seen !== undefined) {
        problems.push(at(table, r, 'staffNo', problemText('import.problem.duplicateStaffNo', { staffNo: parsed.staffNo, other: seen })))
      } else {
        firstRowOf.set(parsed.staffNo, r.row)
      }
    }
    if (parsed && !problems.slice(before).some((p) => p.severity === 'error')) out.push(parsed)
  }
  return out
}

function at(table: FoundTable, r: TableRow, key: string, message: string, severity: ImportProblem['severity'] = 'error'): ImportProblem {
  const col = table.byField.get(key)
  if (!col) return { severity, sheet: table.sheet, row: r.row, column: null, columnName: null, message }
  return cellProblem(severity, table.sheet, r.row, col, message)
}

function required(table: FoundTable, r: TableRow, key: string, value: string | null, problems: ImportProblem[]): value is string {
  if (value !== null) return true
  if (!r.flagged.has(key)) problems.push(at(table, r, key, problemText('import.problem.required')))
  return false
}

function readRow(table: FoundTable, r: TableRow, problems: ImportProblem[]): RosterRow | null {
  const has = (key: string) => table.byField.has(key)
  const v = r.values
  const staffNo = normStaffNo(v.staffNo ?? null)
  const name = compactText(v.name ?? null)
  const departmentText = cellText(v.department ?? null)
  const okNo = required(table, r, 'staffNo', staffNo, problems)
  const okName = required(table, r, 'name', name, problems)
  const okDept = required(table, r, 'department', departmentText, problems)
  let department: string[] = []
  if (okDept) {
    department = departmentText
      .normalize('NFKC')
      .split(/[/\\]/)
      .map((s) => s.replace(/[\s\u3000]+/g, ''))
    if (department.some((s) => s === '')) {
      problems.push(at(table, r, 'department', problemText('import.problem.badDepartment', { value: departmentText })))
    }
  }
  const row: RosterRow = { row: r.row, staffNo: staffNo ?? '', name: name ?? '', department }
  if (has('positionClass')) row.positionClass = compactText(v.positionClass ?? null)
  if (has('rankTitle')) row.rankTitle = compactText(v.rankTitle ?? null)
  if (has('gender')) row.gender = compactText(v.gender ?? null)
  if (has('political')) row.political = compactText(v.political ?? null)
  if (has('birth')) row.birth = parseYearMonth(v.birth ?? null)
  Object.assign(row, readSensitive(table, r, row.birth, problems, at))
  if (has('statusReason')) row.statusReason = cellText(v.statusReason ?? null)
  if (has('isLeader')) {
    const raw = v.isLeader ?? null
    const k = typeof raw === 'boolean' ? (raw ? '是' : '否') : (keyText(raw)?.toLowerCase() ?? null)
    if (k === null || NO.has(k)) row.isLeader = false
    else if (YES.has(k)) row.isLeader = true
    else problems.push(at(table, r, 'isLeader', problemText('import.problem.badChoice', { value: cellText(raw), choices: t('import.choice.yesNo') })))
  }
  if (has('status')) {
    const k = keyText(v.status ?? null)
    if (k === null) row.status = '参加'
    else if ((participationStatuses as readonly string[]).includes(k)) row.status = k as ParticipationStatus
    else {
      problems.push(at(table, r, 'status', problemText('import.problem.badChoice', { value: cellText(v.status ?? null), choices: participationStatuses.join('、') })))
    }
  }
  return okNo && okName && okDept ? row : null
}
