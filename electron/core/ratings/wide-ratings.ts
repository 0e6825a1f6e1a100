import type { ReadChoices } from '../../excel/read-import'
import type { ImportProblem, NoteRow, SheetNote } from '../../../shared/contract'
import { raterRoles, type RaterRole } from '../../../shared/domain/settings'
import { t } from '../../../shared/i18n'
import type { FieldSpec } from '../../excel/fields'
import { ratingsWideFields } from '../../excel/fields'
import { findTable, type FoundTable, type TableRow, type TableSearch } from '../../excel/find-table'
import type { HeaderColumn } from '../../excel/find-header'
import { isBlankCell, type WorkbookModel } from '../../excel/model'
import { cellText, keyText, normStaffNo, parseScore } from '../../excel/normalize'
import { cellProblem, problemText, sheetProblem } from '../../excel/problems'
import { rowPerson } from '../inputs/input-rows'
import { problemAt, roleInName, roleOf, type RatingLookups, type RatingRow, type SchemeIndicator } from './ratings-rows'

/** A rating read from a file, with where to point when it repeats another or does not apply. */
export interface RatingCandidate {
  rating: RatingRow
  table: FoundTable
  /** the column a duplicate message points at */
  at: HeaderColumn | null
  /** the column a not-applicable warning points at (the indicator's) */
  indicatorAt: HeaderColumn | null
  dupKey: string
}

export interface WideRead {
  search: TableSearch
  tables: FoundTable[]
  indicatorColumns: number
  /** rows of the tables, in order, for reading */
  sheets: { table: FoundTable; role: RaterRole | null; roleSource: 'column' | 'cell' | 'sheet' | null; indicators: [HeaderColumn, SchemeIndicator][] }[]
}

const IND = 'ind:'

/** The wide layout's fields for one scheme: the base columns plus one per leaf indicator (code, or name). */
function wideFields(indicators: SchemeIndicator[]): FieldSpec[] {
  const leaves = indicators.filter((i) => i.isLeaf)
  return [...ratingsWideFields, ...leaves.map((i) => ({ key: `${IND}${i.id}`, label: i.code, synonyms: [i.name], required: false }))]
}

/** `评价主体：领导` written in a line above the header. */
function roleAboveHeader(workbook: WorkbookModel, table: FoundTable): RaterRole | null {
  const sheet = workbook.sheets.find((s) => s.name === table.sheet)
  if (!sheet) return null
  for (let r = 0; r < table.headerTop - 1; r++) {
    for (const v of sheet.rows[r] ?? []) {
      const text = keyText(v)
      const m = text ? /评价主体[:：](.+)$/.exec(text) : null
      if (m) return roleOf(m[1])
    }
  }
  return null
}

/**
 * Looks for the wide layout (评分表) on every sheet: a 工号 column and columns named after the
 * scheme's indicators. Every such sheet is read (one per rater role is common); null when none is.
 */
export function findWide(workbook: WorkbookModel, indicators: SchemeIndicator[], problems: ImportProblem[], reading: ReadChoices = {}): WideRead | null {
  const fields = wideFields(indicators)
  const byId = new Map(indicators.map((i) => [`${IND}${i.id}`, i]))
  const out: WideRead['sheets'] = []
  const notes: string[] = []
  const sheetNotes: SheetNote[] = []
  const searchProblems: ImportProblem[] = []
  let noteRow: NoteRow | null = null
  for (const sheet of workbook.sheets) {
    // a score cell that cannot be read (error value, formula without a result) blocks, as 分数 does in the long layout
    const one = findTable({ ...workbook, sheets: [sheet] }, fields, { afterNote: reading.afterNote, columns: reading.columns, blocking: (f) => f.required || f.key.startsWith(IND) })
    const table = one.table
    const cols = table ? [...table.byField.entries()].filter(([k]) => k.startsWith(IND)) : []
    if (!table || !table.byField.has('staffNo') || cols.length === 0) {
      sheetNotes.push({ ...one.sheets[0], used: false, note: one.sheets[0].used ? t('import.sheet.notUsed') : one.sheets[0].note })
      continue
    }
    sheetNotes.push(one.sheets[0])
    searchProblems.push(...one.problems)
    noteRow ??= one.noteRow
    notes.push(...one.notes)
    let role: RaterRole | null = null
    let roleSource: WideRead['sheets'][number]['roleSource'] = null
    if (table.byField.has('role')) roleSource = 'column'
    else if ((role = roleAboveHeader(workbook, table))) roleSource = 'cell'
    else if ((role = roleInName(sheet.name))) roleSource = 'sheet'
    else problems.push(sheetProblem('error', sheet.name, problemText('inputs.problem.noRole')))
    out.push({ table, role, roleSource, indicators: cols.map(([k, col]) => [col, byId.get(k) as SchemeIndicator]) })
  }
  if (out.length === 0) return null
  const first = out[0].table
  const tables = out.map((s) => s.table)
  const merged: FoundTable = { ...first, sheet: tables.map((x) => x.sheet).join('、'), rows: tables.flatMap((x) => x.rows) }
  const indicatorColumns = new Set(out.flatMap((s) => s.indicators.map(([, i]) => i.id))).size
  return { search: { table: merged, sheets: sheetNotes, problems: searchProblems, notes, noteRow }, tables, indicatorColumns, sheets: out }
}

/** One wide row: its person and role once, then one rating per filled indicator cell. */
export function readWideRow(
  sheet: WideRead['sheets'][number],
  r: TableRow,
  lk: RatingLookups,
  problems: ImportProblem[],
  zeros: string[],
): { candidates: RatingCandidate[]; blanks: number } {
  const { table } = sheet
  const person = rowPerson(table, r, lk.people, problems, zeros)
  let role = sheet.role
  if (sheet.roleSource === 'column') {
    const text = keyText(r.values.role ?? null)
    role = text === null ? roleInName(table.sheet) : roleOf(text)
    if (role === null) {
      const msg = text === null ? problemText('import.problem.required') : problemText('import.problem.unknownRole', { value: cellText(r.values.role ?? null), choices: raterRoles.join('、') })
      problems.push(problemAt(table, r.row, 'role', msg))
    }
  }
  const rater = normStaffNo(r.values.rater ?? null)
  const candidates: RatingCandidate[] = []
  let blanks = 0
  for (const [col, indicator] of sheet.indicators) {
    if (r.flagged.has(`${IND}${indicator.id}`)) continue
    const v = r.values[`${IND}${indicator.id}`] ?? null
    if (isBlankCell(v)) {
      blanks++
      continue
    }
    const text = cellText(v) ?? ''
    const score = parseScore(v)
    if (score === null) {
      problems.push(cellProblem('error', table.sheet, r.row, col, problemText('import.problem.notNumber', { value: text })))
      continue
    }
    if (score < 0 || score > 100) {
      problems.push(cellProblem('error', table.sheet, r.row, col, problemText('import.problem.scoreRange', { value: text })))
      continue
    }
    if (!person || !role) continue
    const rating: RatingRow = { row: r.row, person, indicator, role, rater, score, zeros: null }
    candidates.push({ rating, table, at: col, indicatorAt: col, dupKey: `${person.id}|${indicator.id}|${role}|${rater}` })
  }
  return { candidates, blanks }
}
