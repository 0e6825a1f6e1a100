import type { KeyResultView, ObjectiveView } from '../../../../shared/contract'
import type { TreeRow } from '../../components/tree-grid'

/** A row of the 目标管理 grid: an objective, or one of its key results indented under it. */
export type OkrRow = { kind: 'objective'; objective: ObjectiveView } | { kind: 'kr'; objective: ObjectiveView; kr: KeyResultView }

export const objectiveRowId = (id: number) => `o${id}`
export const keyResultRowId = (id: number) => `k${id}`

/** Objectives depth-first with their key results, in the order the backend lists them (owner, then due date). */
export function okrTreeRows(objectives: readonly ObjectiveView[]): TreeRow<OkrRow>[] {
  const rows: TreeRow<OkrRow>[] = []
  for (const objective of objectives) {
    const id = objectiveRowId(objective.id)
    rows.push({ id, parentId: null, depth: 0, ancestors: [], childCount: objective.keyResults.length, data: { kind: 'objective', objective } })
    for (const kr of objective.keyResults) {
      rows.push({ id: keyResultRowId(kr.id), parentId: id, depth: 1, ancestors: [id], childCount: 0, data: { kind: 'kr', objective, kr } })
    }
  }
  return rows
}

/** The search box: an objective's title, its key results' titles, the owner's staff number, name or department. */
export function matchesSearch(o: ObjectiveView, search: string): boolean {
  const s = search.trim().toLowerCase()
  if (s === '') return true
  const words = [o.title, ...o.keyResults.map((k) => k.title), o.owner.department, ...(o.owner.kind === 'person' ? [o.owner.staffNo, o.owner.name] : [])]
  return words.some((w) => w.toLowerCase().includes(s))
}

/** What the caption counts: objectives and key results shown, and how many of those lag. */
export function shownCounts(objectives: readonly ObjectiveView[]): { objectives: number; keyResults: number; lagging: number; serious: number } {
  const krs = objectives.flatMap((o) => o.keyResults)
  return {
    objectives: objectives.length,
    keyResults: krs.length,
    lagging: krs.filter((k) => k.lag === 'lagging').length,
    serious: krs.filter((k) => k.lag === 'serious').length,
  }
}
