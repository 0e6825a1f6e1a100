/**
 * rule: an AHP matrix nobody edited is not a decision. The dialog starts every matrix at all 1
 * ("equally important") so an expert has something to change; applying it untouched would silently
 * replace weights such as 15/15/15/40/15 with equal ones (issue 16). Equal weights are entered
 * directly, where they are a choice the clerk typed.
 *
 * The matrices are read from what 应用 keeps as the method's inputs: `{matrix}` (one expert),
 * `{experts: [{matrix}]}`, and the mix's `{ahp: {experts: [{matrix}]}}`.
 */
function matricesIn(inputs: unknown): number[][][] {
  if (inputs === null || typeof inputs !== 'object') return []
  const o = inputs as Record<string, unknown>
  const found: number[][][] = []
  if (Array.isArray(o.matrix)) found.push(o.matrix as number[][])
  if (Array.isArray(o.experts)) for (const e of o.experts) if (e && typeof e === 'object' && Array.isArray((e as { matrix?: unknown }).matrix)) found.push((e as { matrix: number[][] }).matrix)
  if (o.ahp && typeof o.ahp === 'object') found.push(...matricesIn(o.ahp))
  return found
}

export const untouchedMatrix = (m: readonly (readonly number[])[]): boolean => m.every((row) => Array.isArray(row) && row.every((v) => v === 1))

/** True when the inputs hold AHP matrices and every one of them is still the all-1 start. */
export function ahpUnjudged(inputs: unknown): boolean {
  const matrices = matricesIn(inputs)
  return matrices.length > 0 && matrices.every(untouchedMatrix)
}
