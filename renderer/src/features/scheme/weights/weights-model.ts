import type { AhpMethod, RiTable } from '../../../../../shared/contract'
import { SAATY_SCALE, scaleText, snapToScale } from '../../../../../shared/domain/ahp'

/** One child of the node being weighted, as the dialog lists it. */
export interface Criterion {
  code: string
  name: string
  weight: number
}

export interface Expert {
  name: string
  /** full n×n, kept reciprocal: editing the upper cell writes its mirror */
  matrix: number[][]
}

export interface AhpSettings {
  method: AhpMethod
  riTable: RiTable
}

/** The scale as the select offers it: 9 … 2, 1, 1/2 … 1/9 (strongest preference for the row first). */
export const scaleOptions: { value: number; text: string }[] = [...SAATY_SCALE].reverse().map((v) => ({ value: v, text: scaleText(v) }))

export function identity(n: number): number[][] {
  // every judgment "equally important" until the expert says otherwise
  return Array.from({ length: n }, () => new Array<number>(n).fill(1))
}

/** Sets the judgment "row over col" and its reciprocal mirror. */
export function setJudgment(m: number[][], row: number, col: number, value: number): number[][] {
  const next = m.map((r) => [...r])
  next[row][col] = value
  next[col][row] = 1 / value
  return next
}

export function judgmentText(v: number): string {
  const snapped = snapToScale(v)
  return snapped === null ? v.toFixed(3) : scaleText(snapped)
}

/**
 * Weights as stored: fractions rounded to 0.01 % that still add up to exactly 100 % (the largest
 * remainders get the leftover hundredths), so the tree's sum badge is green after applying.
 */
export function roundWeights(codes: readonly string[], weights: readonly number[]): Record<string, number> {
  const UNIT = 10_000
  const raw = weights.map((w) => w * UNIT)
  const floors = raw.map(Math.floor)
  let left = UNIT - floors.reduce((s, x) => s + x, 0)
  const order = raw.map((r, i) => ({ i, rem: r - floors[i] })).sort((a, b) => b.rem - a.rem || a.i - b.i)
  for (const { i } of order) {
    if (left <= 0) break
    floors[i] += 1
    left -= 1
  }
  return Object.fromEntries(codes.map((c, i) => [c, floors[i] / UNIT]))
}

/** An imported sheet's criteria matched to the children by code or name; by position when they do not all match. */
export function alignSheet(children: readonly Criterion[], sheetNames: readonly string[], matrix: number[][]): number[][] | null {
  const n = children.length
  if (sheetNames.length !== n) return null
  const norm = (s: string) => s.normalize('NFKC').replace(/\s/g, '')
  const index = sheetNames.map((s) => children.findIndex((c) => [c.code, c.name, `${c.code}${c.name}`].some((k) => norm(k) === norm(s))))
  const permutation = new Set(index).size === n && index.every((x) => x >= 0) ? index : sheetNames.map((_, i) => i)
  const out = identity(n)
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out[permutation[i]][permutation[j]] = matrix[i][j]
  return out
}
