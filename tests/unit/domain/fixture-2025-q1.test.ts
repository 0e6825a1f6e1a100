import { beforeAll, describe, expect, it } from 'vitest'
import { computePeriod, groupRatings, type ComputedPeriod } from '../../../shared/domain/compute-period'
import { defaultSettings } from '../../../shared/domain/settings'
import { readExpected2025Q1, readFixture2025Q1 } from '../../support/fixture-2025-q1'

/**
 * The acceptance oracle: the canonical fixture workbooks (read with exceljs, not the importers),
 * computed with the default rules, must give every person exactly the rounded total, grade and rank
 * of expected-2025-Q1.json, which was computed independently from the domain brief.
 */
describe('fixture 2025-Q1: computePeriod reproduces the independently computed results', () => {
  const expected = readExpected2025Q1()
  let out: ComputedPeriod

  beforeAll(async () => {
    const input = await readFixture2025Q1()
    expect(input.ratings.length).toBe(2416)
    out = computePeriod({ ...input, ratings: groupRatings(input.ratings), settings: defaultSettings, periodWindow: { start: '2025-01-01', end: '2025-03-31' } })
  })

  it('grades 36 people with a 好 quota of 14, of whom 7 are 好, the lowest at 92.58', () => {
    expect(out.graded).toBe(expected.meta.n)
    expect(out.goodQuota).toBe(expected.meta.quota)
    const good = out.rows.filter((r) => r.grade === '好')
    expect(good.length).toBe(expected.meta.good)
    expect(Math.min(...good.map((r) => r.totalRounded as number))).toBe(expected.meta.lowest_good)
    expect(out.dimensions.map((d) => d.name)).toEqual(['德', '能', '勤', '绩', '廉'])
  })

  it('gives every person the expected rounded total, grade and rank', () => {
    const byStaff = new Map(out.rows.map((r) => [r.staffNo, r]))
    expect(out.rows.length).toBe(expected.results.length)
    for (const e of expected.results) {
      const row = byStaff.get(e.staffNo)
      expect(row, e.staffNo).toBeDefined()
      const got = { staffNo: e.staffNo, name: row?.name, department: row?.department, total: row?.totalRounded, grade: row?.grade, rank: row?.rank }
      expect(got).toEqual({ staffNo: e.staffNo, name: e.name, department: e.department, total: e.total, grade: e.grade, rank: e.rank ?? null })
    }
  })

  it('leaves S004 (新录用试用期) 不定等次 and notes nothing else on anyone', () => {
    const s004 = out.rows.find((r) => r.staffNo === 'S004')
    expect(s004).toMatchObject({ grade: '不定等次', total: null, rank: null })
    expect(s004?.notes).toEqual([{ key: 'results.note.undetermined', params: { reason: '新录用试用期' } }])
    expect(out.rows.filter((r) => r.staffNo !== 'S004' && r.notes.length > 0).map((r) => r.staffNo)).toEqual([])
  })
})
