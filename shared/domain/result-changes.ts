import type { ResultSnapshot, SnapshotChange } from '../contract/appeals'

/**
 * rule: what a correction changed (capability 7, "appeals … re-run the computation and keep the
 * history"). Every field of every person's result that differs between the snapshot kept before
 * and the one kept after: total, rank, grade and each dimension. Snapshots hold the numbers as shown
 * (rounded half-up to 2 decimals), so a difference below a cent is not a change. One person's correction can move
 * anyone's rank or grade, so everyone is compared, not only the person who appealed.
 *
 * Order: people as listed before (anyone only in the after list follows, in its order), then
 * total, rank, grade, dimensions in their order. A person missing on one side has null there.
 */
export function resultChanges(before: readonly ResultSnapshot[], after: readonly ResultSnapshot[]): SnapshotChange[] {
  const beforeBy = new Map(before.map((s) => [s.staffNo, s]))
  const afterBy = new Map(after.map((s) => [s.staffNo, s]))
  const staffNos = [...before.map((s) => s.staffNo), ...after.map((s) => s.staffNo).filter((no) => !beforeBy.has(no))]
  const changes: SnapshotChange[] = []
  for (const staffNo of staffNos) {
    const b = beforeBy.get(staffNo)
    const a = afterBy.get(staffNo)
    const name = (a ?? b)?.name ?? ''
    const push = (field: SnapshotChange['field'], x: number | string | null, y: number | string | null) => {
      if (x !== y) changes.push({ staffNo, name, field, before: x, after: y })
    }
    push('total', b?.total ?? null, a?.total ?? null)
    push('rank', b?.rank ?? null, a?.rank ?? null)
    push('grade', b?.grade ?? null, a?.grade ?? null)
    const codes = [...Object.keys(b?.dimensions ?? {}), ...Object.keys(a?.dimensions ?? {}).filter((c) => !(c in (b?.dimensions ?? {})))]
    for (const code of codes) push(`dimension:${code}`, b?.dimensions[code] ?? null, a?.dimensions[code] ?? null)
  }
  return changes
}
