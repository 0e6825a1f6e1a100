import { directions, indicatorLayers, indicatorNatures, scoringModes, type ImportProblem } from '../../../shared/contract'
import type { FoundTable, TableRow } from '../../excel/find-table'
import type { Cell } from '../../excel/model'
import { cellText, keyText, parseDate, parseNumber, parseWeight, splitList } from '../../excel/normalize'
import { cellProblem, problemText } from '../../excel/problems'

export interface SchemeRow {
  row: number
  code: string
  name: string
  parentCode: string | null
  weight: number
  layer: string
  scope: string[]
  nature: string | null
  mode: string
  target: number | null
  direction: string
  cap: number | null
  validFrom: string | null
  validTo: string | null
  description: string | null
}

/** Words offices write for the template's choices, mapped onto them. */
const LAYER_WORDS: Record<string, string> = { 战略: '动态', 动态战略: '动态' }
const MODE_WORDS: Record<string, string> = {
  打分: '评分',
  投票: '票决',
  民主测评: '票决',
  目标值: '目标',
  kpi: '目标',
  加分: '加减分',
  扣分: '加减分',
  加扣分: '加减分',
  一票否决: '否决',
}
const DIRECTION_WORDS: Record<string, string> = { 正向: '越高越好', 越大越好: '越高越好', 反向: '越低越好', 负向: '越低越好', 越小越好: '越低越好' }

type Problems = ImportProblem[]

/**
 * Every row that has a code, even one with errors elsewhere, so the tree checks (parents, loops)
 * still see it; a weight that could not be read is NaN. Rows are written only when nothing failed.
 */
export function readSchemeRows(table: FoundTable, problems: Problems): SchemeRow[] {
  const out: SchemeRow[] = []
  for (const r of table.rows) {
    const row = readRow(table, r, problems)
    if (row) out.push(row)
  }
  return out
}

export function problemAt(table: FoundTable, row: number, key: string, message: string, severity: ImportProblem['severity'] = 'error'): ImportProblem {
  const col = table.byField.get(key)
  if (!col) return { severity, sheet: table.sheet, row, column: null, columnName: null, message }
  return cellProblem(severity, table.sheet, row, col, message)
}

function readRow(table: FoundTable, r: TableRow, problems: Problems): SchemeRow | null {
  const v = (key: string): Cell => r.values[key] ?? null
  const err = (key: string, message: string) => problems.push(problemAt(table, r.row, key, message))
  const code = keyText(v('code'))
  const name = cellText(v('name'))
  if (code === null && !r.flagged.has('code')) err('code', problemText('import.problem.required'))
  if (name === null && !r.flagged.has('name')) err('name', problemText('import.problem.required'))
  const weight = readWeight(v('weight'), (m) => err('weight', m), r.flagged.has('weight'))
  const choice = (key: string, allowed: readonly string[], words: Record<string, string>, dflt: string | null) => {
    const raw = keyText(v(key))
    if (raw === null) return dflt
    const bare = raw.replace(/指标$/, '').toLowerCase()
    const hit = allowed.find((a) => a === raw || a === bare) ?? words[bare] ?? words[raw]
    if (hit) return hit
    err(key, problemText('import.problem.badChoice', { value: cellText(v(key)), choices: allowed.join('、') }))
    return dflt
  }
  const layer = choice('layer', indicatorLayers, LAYER_WORDS, '共性') as string
  const nature = choice('nature', indicatorNatures, {}, null)
  const mode = choice('mode', scoringModes, MODE_WORDS, '评分') as string
  const direction = choice('direction', directions, DIRECTION_WORDS, '越高越好') as string
  const num = (key: string): number | null => {
    const raw = v(key)
    if (raw === null || cellText(raw) === null) return null
    const p = parseNumber(raw)
    if (p.ok) return p.value
    err(key, problemText('import.problem.notNumber', { value: cellText(raw) }))
    return null
  }
  const date = (key: string): string | null => {
    const p = parseDate(v(key))
    if (p.ok) return p.value
    err(key, problemText('import.problem.badDate', { value: cellText(v(key)) }))
    return null
  }
  const validFrom = date('validFrom')
  const validTo = date('validTo')
  if (validFrom && validTo && validFrom > validTo) err('validTo', problemText('import.problem.validRange', { from: validFrom, to: validTo }))
  const scope = splitList(v('scope'))
  if (layer === '个性' && scope.length === 0) problems.push(problemAt(table, r.row, 'layer', problemText('import.problem.scopeMissing'), 'warning'))
  if (code === null) return null
  return {
    row: r.row,
    code,
    name: name ?? '',
    parentCode: keyText(v('parentCode')),
    weight: weight ?? NaN,
    layer,
    scope,
    nature,
    mode,
    target: num('target'),
    direction,
    cap: num('cap'),
    validFrom,
    validTo,
    description: cellText(v('description')),
  }
}

function readWeight(raw: Cell, err: (m: string) => void, flagged: boolean): number | null {
  if (raw === null || cellText(raw) === null) {
    if (!flagged) err(problemText('import.problem.required'))
    return null
  }
  const w = parseWeight(raw)
  if (w === null) {
    err(problemText('import.problem.notNumber', { value: cellText(raw) }))
    return null
  }
  if (w < 0 || w > 1) {
    err(problemText('import.problem.weightRange', { value: cellText(raw) }))
    return null
  }
  return w
}
