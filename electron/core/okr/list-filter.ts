import type { LaggingKeyResult, ObjectiveView, OkrLagging, ParsedInput } from '../../../shared/contract'
import { compareLagging } from '../../../shared/domain/okr-progress'

export interface ListFilter {
  /** a department's path: it, its sub-departments and their people */
  departmentPath?: string
  staffNo?: string
  /** objectives whose window meets [from, to] (either end open) */
  from?: string
  to?: string
  laggingOnly?: boolean
}

/** The date window a list asks for: a year, a from/to, or both (then where they overlap). */
export function windowOf(input: Pick<ParsedInput<'okr-list'>, 'year' | 'from' | 'to'>): { from?: string; to?: string } {
  const from = [input.year !== undefined ? `${input.year}-01-01` : undefined, input.from].filter((d): d is string => d !== undefined).sort().pop()
  const to = [input.year !== undefined ? `${input.year}-12-31` : undefined, input.to].filter((d): d is string => d !== undefined).sort()[0]
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) }
}

const within = (path: string, root: string) => path === root || path.startsWith(`${root}/`)

export function filterObjectives(all: readonly ObjectiveView[], f: ListFilter): ObjectiveView[] {
  const out: ObjectiveView[] = []
  for (const o of all) {
    if (f.departmentPath !== undefined && !within(o.owner.department, f.departmentPath)) continue
    if (f.staffNo !== undefined && !(o.owner.kind === 'person' && o.owner.staffNo === f.staffNo)) continue
    if (f.from !== undefined && o.dueDate < f.from) continue
    if (f.to !== undefined && o.startDate > f.to) continue
    if (f.laggingOnly) {
      const lagging = o.keyResults.filter((k) => k.lag !== 'none')
      if (lagging.length > 0) out.push({ ...o, keyResults: lagging })
      continue
    }
    out.push(o)
  }
  return out
}

/** The dashboard's list: every lagging key result, serious first, and the counts. */
export function laggingList(objectives: readonly ObjectiveView[], asOf: string, limit?: number): OkrLagging {
  const items: LaggingKeyResult[] = []
  let keyResults = 0
  for (const o of objectives) {
    for (const k of o.keyResults) {
      keyResults++
      if (k.lag === 'none') continue
      items.push({
        keyResultId: k.id,
        objectiveId: o.id,
        objective: o.title,
        keyResult: k.title,
        owner: o.owner,
        unit: k.unit,
        current: k.current,
        target: k.target,
        due: k.due,
        completion: k.completion,
        elapsed: k.elapsed,
        gap: k.gap,
        lag: k.lag,
      })
    }
  }
  items.sort(compareLagging)
  return {
    asOf,
    objectives: objectives.length,
    keyResults,
    lagging: items.filter((i) => i.lag === 'lagging').length,
    serious: items.filter((i) => i.lag === 'serious').length,
    items: limit === undefined ? items : items.slice(0, limit),
  }
}
