/**
 * When a package brings a period this office already has: the two agree when every person has the same
 * published total (to 2 decimals), rank and grade, on the same scheme version; anything else is a
 * conflict the clerk must settle by hand, never overwritten by either side.
 */
export interface ComparedResult {
  staffNo: string
  total: number | null
  rank: number | null
  grade: string
}

export interface ResultDifference {
  staffNo: string
  field: 'presence' | 'total' | 'rank' | 'grade'
  /** this office's value; for `presence` its grade, or null where the person has no result here */
  ours: string | number | null
  theirs: string | number | null
}

/** rule: a period present on both sides conflicts when any person's total, rank or grade differs, or a result is on one side only. */
export function resultDifferences(ours: readonly ComparedResult[], theirs: readonly ComparedResult[]): ResultDifference[] {
  const here = new Map(ours.map((r) => [r.staffNo, r]))
  const there = new Map(theirs.map((r) => [r.staffNo, r]))
  const out: ResultDifference[] = []
  const staffNos = [...new Set([...here.keys(), ...there.keys()])].sort()
  for (const staffNo of staffNos) {
    const a = here.get(staffNo)
    const b = there.get(staffNo)
    if (!a || !b) {
      out.push({ staffNo, field: 'presence', ours: a?.grade ?? null, theirs: b?.grade ?? null })
      continue
    }
    if (a.total !== b.total) out.push({ staffNo, field: 'total', ours: a.total, theirs: b.total })
    if (a.rank !== b.rank) out.push({ staffNo, field: 'rank', ours: a.rank, theirs: b.rank })
    if (a.grade !== b.grade) out.push({ staffNo, field: 'grade', ours: a.grade, theirs: b.grade })
  }
  return out
}
