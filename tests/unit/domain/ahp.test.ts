import { describe, expect, it } from 'vitest'
import {
  ahp,
  checkMatrix,
  completeMatrix,
  CR_LIMIT,
  groupAhp,
  groupMatrix,
  RI_TABLES,
  snapToScale,
} from '../../../shared/domain/ahp'
import { inconsistentJudgments, nearestScaleValue } from '../../../shared/domain/ahp-consistency'

/** domain.md, "AHP": the worked example. */
const WORKED = [
  [1, 1 / 3, 1 / 2, 3, 2],
  [3, 1, 2, 5, 4],
  [2, 1 / 2, 1, 4, 3],
  [1 / 3, 1 / 5, 1 / 4, 1, 1 / 2],
  [1 / 2, 1 / 4, 1 / 3, 2, 1],
]

function expectClose(actual: number[], expected: number[], digits: number): void {
  expect(actual).toHaveLength(expected.length)
  actual.forEach((x, i) => expect(x, `index ${i}`).toBeCloseTo(expected[i], digits))
}

describe('rule: AHP weights, λmax, CI = (λmax − n)/(n − 1), CR = CI/RI, consistent when CR < 0.10', () => {
  it('matches the worked example of domain.md by the principal eigenvector', () => {
    const r = ahp(WORKED)
    expectClose(r.weights, [0.16, 0.419, 0.263, 0.062, 0.097], 3)
    expect(r.lambdaMax).toBeCloseTo(5.068, 3)
    expect(r.cr).toBeCloseTo(0.015, 3)
    expect(r).toMatchObject({ ri: 1.12, consistent: true, method: 'eigen', riTable: 'saaty' })
    // numpy.linalg.eig on the same matrix: 0.159923 0.418539 0.262518 0.061767 0.097254, λ 5.068080
    expectClose(r.weights, [0.159923, 0.418539, 0.262518, 0.061767, 0.097254], 6)
    expect(r.lambdaMax).toBeCloseTo(5.06808, 5)
    expect(r.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12)
  })

  it('pins the geometric-mean and sum-normalisation results for the same matrix', () => {
    // checked with numpy: row products ** (1/5) normalised; λmax = mean((A @ w) / w)
    const g = ahp(WORKED, { method: 'geometric' })
    expectClose(g.weights, [0.160227, 0.417419, 0.263374, 0.061504, 0.097476], 6)
    expect(g.lambdaMax).toBeCloseTo(5.068037, 6)
    expect(g.cr).toBeCloseTo(0.015187, 6)
    // checked with numpy: (A / A.sum(axis=0)).mean(axis=1)
    const s = ahp(WORKED, { method: 'sum' })
    expectClose(s.weights, [0.16105, 0.416212, 0.261788, 0.062376, 0.098573], 6)
    expect(s.lambdaMax).toBeCloseTo(5.068323, 6)
    expect(s.cr).toBeCloseTo(0.015251, 6)
    expect(g.consistent && s.consistent).toBe(true)
  })

  it('matches the travel-destination criteria matrix of 姜启源《数学模型》 (CI 0.018, CR 0.016)', () => {
    const a = [
      [1, 1 / 2, 4, 3, 3],
      [2, 1, 7, 5, 5],
      [1 / 4, 1 / 7, 1, 1 / 2, 1 / 3],
      [1 / 3, 1 / 5, 2, 1, 1],
      [1 / 3, 1 / 5, 3, 1, 1],
    ]
    const r = ahp(a)
    // CI and CR as the textbook states them; weights and λmax pinned to an independent numpy check
    expect(r.ci).toBeCloseTo(0.018, 3)
    expect(r.cr).toBeCloseTo(0.016, 3)
    // numpy.linalg.eig: 0.263603 0.475835 0.053815 0.098068 0.108678, λ 5.072084
    expectClose(r.weights, [0.263603, 0.475835, 0.053815, 0.098068, 0.108678], 6)
    expect(r.lambdaMax).toBeCloseTo(5.072084, 5)
  })

  it('uses the selected RI table', () => {
    expect(RI_TABLES.saaty).toHaveLength(15)
    expect(RI_TABLES.cn).toHaveLength(15)
    const cn = ahp(WORKED, { riTable: 'cn' })
    expect(cn.ri).toBe(1.12)
    const a3 = [
      [1, 2, 5],
      [1 / 2, 1, 2],
      [1 / 5, 1 / 2, 1],
    ]
    // numpy: λmax 3.005535, CI 0.002768; CR = CI/0.58 = 0.004772 (Saaty), CI/0.52 = 0.005322 (cn)
    expect(ahp(a3).cr).toBeCloseTo(0.004772, 6)
    expect(ahp(a3, { riTable: 'cn' }).cr).toBeCloseTo(0.005322, 6)
    expect(ahp(a3).weights[0]).toBeCloseTo(0.595379, 6)
  })

  it('treats 1×1 and 2×2 matrices as consistent by definition', () => {
    expect(ahp([[1]])).toMatchObject({ weights: [1], ci: 0, cr: 0, ri: 0, consistent: true })
    const two = ahp([
      [1, 9],
      [1 / 9, 1],
    ])
    expectClose(two.weights, [0.9, 0.1], 12)
    expect(two).toMatchObject({ ci: 0, cr: 0, consistent: true })
    expect(two.lambdaMax).toBeCloseTo(2, 12)
  })

  it('gives a perfectly consistent matrix CR 0 and exact weights by all three methods', () => {
    const w = [8, 4, 2, 1]
    const a = w.map((x) => w.map((y) => x / y))
    for (const method of ['eigen', 'geometric', 'sum'] as const) {
      const r = ahp(a, { method })
      expectClose(r.weights, [8 / 15, 4 / 15, 2 / 15, 1 / 15], 10)
      expect(r.cr).toBeCloseTo(0, 10)
    }
    expect(CR_LIMIT).toBe(0.1)
  })
})

describe('rule: a pairwise matrix is square, positive, 1 on the diagonal, on the Saaty scale and reciprocal', () => {
  it('accepts the worked example and fractions rounded to two decimals, as exact scale values', () => {
    expect(checkMatrix(WORKED).problems).toEqual([])
    const typed = [
      [1, 3, 8],
      [0.33, 1, 0.5],
      [0.13, 2, 1],
    ]
    const c = checkMatrix(typed)
    expect(c.problems).toEqual([])
    expect(c.matrix?.[1][0]).toBe(1 / 3)
    expect(c.matrix?.[2][0]).toBe(1 / 8)
    expect(snapToScale(0.3)).toBeNull()
    expect(snapToScale(1 / 7)).toBe(1 / 7)
  })

  it('refuses a non-reciprocal entry and names the cell', () => {
    const a = WORKED.map((r) => [...r])
    a[3][1] = 1 / 4 // row 4, column 2: should be 1/5, the reciprocal of a[1][3] = 5
    const c = checkMatrix(a)
    expect(c.matrix).toBeNull()
    expect(c.problems).toEqual([{ kind: 'not-reciprocal', row: 3, col: 1, value: 0.25, expected: 1 / 5 }])
  })

  it('refuses out-of-scale entries (11, 0.3) and names each cell', () => {
    const a = WORKED.map((r) => [...r])
    a[0][3] = 11
    a[3][0] = 1 / 11
    a[2][4] = 0.3
    const c = checkMatrix(a)
    expect(c.matrix).toBeNull()
    expect(c.problems.map((p) => [p.kind, p.row, p.col, p.value])).toEqual([
      ['off-scale', 0, 3, 11],
      ['off-scale', 2, 4, 0.3],
      ['off-scale', 3, 0, 1 / 11],
    ])
  })

  it('refuses a wrong diagonal, a zero, a ragged row and more than 15 criteria', () => {
    expect(checkMatrix([[2]]).problems).toEqual([{ kind: 'diagonal', row: 0, col: 0, value: 2, expected: 1 }])
    expect(
      checkMatrix([
        [1, 0],
        [1, 1],
      ]).problems[0],
    ).toMatchObject({ kind: 'not-positive', row: 0, col: 1 })
    expect(checkMatrix([[1, 2], [0.5]]).problems).toEqual([{ kind: 'not-square', row: 1, col: null, value: 1 }])
    const big = Array.from({ length: 16 }, () => Array.from({ length: 16 }, () => 1))
    expect(checkMatrix(big).problems[0].kind).toBe('too-large')
    expect(checkMatrix([]).problems[0].kind).toBe('empty')
  })
})

describe('rule: a blank diagonal is 1 and a blank cell mirrors the reciprocal of its opposite', () => {
  it('fills the lower triangle from the upper, the upper from the lower, and lists pairs with neither', () => {
    const c = completeMatrix([
      [null, 3, null],
      [null, null, null],
      [0.2, 0.5, 1],
    ])
    expect(c.matrix).toEqual([
      [1, 3, 5],
      [1 / 3, 1, 2],
      [0.2, 0.5, 1],
    ])
    expect(c.filled[1][0] && c.filled[0][2] && c.filled[0][0]).toBe(true)
    expect(c.filled[2][0]).toBe(false)
    expect(completeMatrix([[1, null], [null, 1]]).missing).toEqual([{ row: 0, col: 1 }])
    // 0.33 mirrors as exactly 3, not 3.03
    expect(completeMatrix([[1, 0.33], [null, 1]]).matrix[1][0]).toBe(3)
  })
})

describe('rule: several experts combine by the element-wise geometric mean, each keeping their own CR', () => {
  const e1 = [
    [1, 3, 5],
    [1 / 3, 1, 3],
    [1 / 5, 1 / 3, 1],
  ]
  const e2 = [
    [1, 5, 7],
    [1 / 5, 1, 3],
    [1 / 7, 1 / 3, 1],
  ]
  it('builds a reciprocal group matrix and computes it like any other', () => {
    const g = groupAhp([e1, e2])
    expect(g.matrix[0][1]).toBeCloseTo(Math.sqrt(15), 12)
    expect(g.matrix[0][2]).toBeCloseTo(Math.sqrt(35), 12)
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(g.matrix[i][j] * g.matrix[j][i]).toBeCloseTo(1, 12)
    // numpy.linalg.eig on sqrt(e1 * e2): 0.685721 0.221724 0.092555, CR 0.043822
    expectClose(g.group.weights, [0.685721, 0.221724, 0.092555], 6)
    expect(g.group.cr).toBeCloseTo(0.043822, 6)
    // each expert's own: CR 0.033199 and 0.055938 (numpy)
    expect(g.experts.map((r) => r.cr)).toEqual([expect.closeTo(0.033199, 6), expect.closeTo(0.055938, 6)])
  })
  it('refuses matrices of different sizes', () => {
    expect(() => groupMatrix([e1, [[1]]])).toThrow(RangeError)
  })
})

describe('rule: the judgments that most break consistency are furthest from the ratio of their weights', () => {
  // consistent from w = (8, 4, 2, 1), then A1 over A4 planted backwards: 1/8 instead of 8
  const planted = [
    [1, 2, 4, 1 / 8],
    [1 / 2, 1, 2, 4],
    [1 / 4, 1 / 2, 1, 2],
    [8, 1 / 4, 1 / 2, 1],
  ]
  it('points first at the planted judgment, with a scale value that lowers CR', () => {
    const before = ahp(planted)
    expect(before.consistent).toBe(false)
    const s = inconsistentJudgments(planted)
    expect(s.length).toBeGreaterThan(0)
    expect(s.length).toBeLessThanOrEqual(3)
    expect(s[0]).toMatchObject({ row: 0, col: 3, value: 1 / 8 })
    // numpy: w = 0.217612 0.301673 0.150837 0.329878, so w1/w4 = 0.659675 and the nearest step is 1/2
    expect(s[0].implied).toBeCloseTo(0.659675, 5)
    expect(s[0].suggested).toBe(1 / 2)
    expect(s[0].crAfter).toBeLessThan(before.cr)
    for (let k = 1; k < s.length; k++) expect(s[k].deviation).toBeLessThanOrEqual(s[k - 1].deviation)
  })
  it('suggests nothing for a consistent or a 2×2 matrix', () => {
    const w = [4, 2, 1]
    expect(inconsistentJudgments(w.map((x) => w.map((y) => x / y)))).toEqual([])
    expect(inconsistentJudgments([[1, 3], [1 / 3, 1]])).toEqual([])
  })
  it('rounds to the nearest step on a log scale', () => {
    expect(nearestScaleValue(2.9)).toBe(3)
    expect(nearestScaleValue(0.36)).toBe(1 / 3)
    expect(nearestScaleValue(12)).toBe(9)
    expect(nearestScaleValue(1.4)).toBe(1)
  })
})
