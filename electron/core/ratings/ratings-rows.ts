import type { ImportProblem } from '../../../shared/contract'
import { raterRoles, raterRoleSynonyms, type RaterRole } from '../../../shared/domain/settings'
import type { FoundTable, TableRow } from '../../excel/find-table'
import type { Cell } from '../../excel/model'
import { cellText, compactText, keyText, normStaffNo, parseScore, StaffNumberIndex } from '../../excel/normalize'
import { cellProblem, problemText } from '../../excel/problems'

export interface RatedPerson {
  id: number
  staffNo: string
  name: string
  department: string
  positionClass: string | null
}

export interface SchemeIndicator {
  id: number
  code: string
  name: string
  layer: string
  scope: string[]
  isLeaf: boolean
  /** 计分方式: 评分 / 票决 / 目标 / 加减分 / 否决 */
  mode: string
  target: number | null
  /** 越高越好 / 越低越好 */
  direction: string
}

export interface RatingRow {
  row: number
  person: RatedPerson
  indicator: SchemeIndicator
  role: RaterRole
  rater: string | null
  score: number
  /** the staff number needed its leading zeros back to match: `123 → 00123` */
  zeros: string | null
}

export interface RatingLookups {
  people: StaffNumberIndex<RatedPerson>
  indicators: SchemeIndicator[]
  schemeName: string
}

const squash = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]+/g, '')

/** Role words normalised as the settings define them (NFKC, no spaces). */
const roleByWord = new Map<string, RaterRole>()
for (const role of raterRoles) for (const w of [role, ...raterRoleSynonyms[role]]) roleByWord.set(squash(w), role)

/** A rater role from its word or a synonym (`同事互评` → 互评); null when unknown. */
export function roleOf(text: string): RaterRole | null {
  return roleByWord.get(squash(text)) ?? null
}

/** The role a sheet name names (`领导评价`, `2025一季度同事互评`): the longest role word it contains. */
export function roleInName(name: string): RaterRole | null {
  const n = squash(name)
  let best: { role: RaterRole; len: number } | null = null
  for (const [word, role] of roleByWord) if (n.includes(word) && (!best || word.length > best.len)) best = { role, len: word.length }
  return best?.role ?? null
}

export function problemAt(table: FoundTable, row: number, key: string, message: string, severity: ImportProblem['severity'] = 'error'): ImportProblem {
  const col = table.byField.get(key)
  if (!col) return { severity, sheet: table.sheet, row, column: null, columnName: null, message }
  return cellProblem(severity, table.sheet, row, col, message)
}

/** Reads one long-layout rating row; null (with its problems recorded) when it cannot be used. */
export function readRatingRow(table: FoundTable, r: TableRow, lk: RatingLookups, problems: ImportProblem[]): RatingRow | null {
  const v = (key: string): Cell => r.values[key] ?? null
  let ok = true
  const err = (key: string, message: string) => {
    problems.push(problemAt(table, r.row, key, message))
    ok = false
  }
  const requiredMissing = (key: string) => {
    if (!r.flagged.has(key)) err(key, problemText('import.problem.required'))
    ok = false
  }

  let person: RatedPerson | null = null
  let zeros: string | null = null
  const staffNo = normStaffNo(v('staffNo'))
  if (staffNo === null) requiredMissing('staffNo')
  else {
    const m = lk.people.match(staffNo)
    if (m.kind === 'none') err('staffNo', problemText('import.problem.unknownStaffNo', { staffNo }))
    else if (m.kind === 'ambiguous') err('staffNo', problemText('import.problem.ambiguousStaffNo', { staffNo, list: m.candidates.join('、') }))
    else {
      person = m.item
      if (m.kind === 'zeros') zeros = `${staffNo} → ${m.staffNo}`
      const name = compactText(v('name'))
      if (name !== null && name !== person.name) {
        problems.push(problemAt(table, r.row, 'name', problemText('import.problem.nameMismatch', { staffNo: m.staffNo, rosterName: person.name, name }), 'warning'))
      }
    }
  }

  const indicator = findIndicator(table, r, lk, err, requiredMissing)

  let role: RaterRole | null = null
  const roleText = keyText(v('role'))
  if (roleText === null) requiredMissing('role')
  else {
    role = roleByWord.get(squash(roleText)) ?? null
    if (!role) err('role', problemText('import.problem.unknownRole', { value: cellText(v('role')), choices: raterRoles.join('、') }))
  }

  let score: number | null = null
  const scoreText = cellText(v('score'))
  if (scoreText === null) requiredMissing('score')
  else {
    score = parseScore(v('score'))
    if (score === null) err('score', problemText('import.problem.notNumber', { value: scoreText }))
    else if (score < 0 || score > 100) err('score', problemText('import.problem.scoreRange', { value: scoreText }))
  }

  const rater = normStaffNo(v('rater'))
  if (!ok || !person || !indicator || !role || score === null) return null
  return { row: r.row, person, indicator, role, rater, score, zeros }
}

function findIndicator(
  table: FoundTable,
  r: TableRow,
  lk: RatingLookups,
  err: (key: string, message: string) => void,
  requiredMissing: (key: string) => void,
): SchemeIndicator | null {
  const code = keyText(r.values.indicatorCode ?? null)
  const name = keyText(r.values.indicatorName ?? null)
  const key = code !== null || !table.byField.has('indicatorName') ? 'indicatorCode' : 'indicatorName'
  let found: SchemeIndicator | undefined
  if (code !== null) {
    found = lk.indicators.find((i) => i.code === code) ?? lk.indicators.find((i) => i.code.toUpperCase() === code.toUpperCase())
  } else if (name !== null) {
    const hits = lk.indicators.filter((i) => squash(i.name) === name)
    if (hits.length > 1) {
      err(key, problemText('import.problem.ambiguousIndicator', { value: name, codes: hits.map((h) => h.code).join('、') }))
      return null
    }
    found = hits[0]
  } else {
    requiredMissing(table.byField.has('indicatorCode') ? 'indicatorCode' : 'indicatorName')
    return null
  }
  const shown = cellText(r.values[key] ?? null) ?? ''
  if (!found) {
    err(key, problemText('import.problem.unknownIndicator', { value: shown, scheme: lk.schemeName }))
    return null
  }
  if (!found.isLeaf) {
    err(key, problemText('import.problem.notLeaf', { value: shown }))
    return null
  }
  return found
}

/** An individual (个性) indicator applies to the position classes and departments its scope names. */
export function applies(indicator: SchemeIndicator, person: RatedPerson): boolean {
  if (indicator.layer !== '个性' || indicator.scope.length === 0) return true
  const names = new Set<string>(person.department.split('/'))
  names.add(person.department)
  if (person.positionClass) names.add(person.positionClass)
  return indicator.scope.some((s) => names.has(s))
}
