import { describe, expect, it } from 'vitest'
import { computePeriod, groupRatings, type PeriodPerson, type PeriodRating } from '../../../shared/domain/compute-period'
import { defaultSettings } from '../../../shared/domain/settings'
import { ind } from './make-indicator'

const scheme = [
  ind('D', null, 0.4, { name: '德' }),
  ind('D1', 'D', 1, { name: '政治素质' }),
  ind('J', null, 0.6, { name: '绩' }),
  ind('J1', 'J', 0.5, { name: '任务完成' }),
  ind('J2', 'J', 0.5, { name: '一次办结率', layer: '个性', scope: ['窗口服务'] }),
  ind('B', null, 0, { name: '加减分', mode: '加减分' }),
  ind('V', null, 0, { name: '违纪', mode: '否决' }),
]
const person = (personId: number, extra: Partial<PeriodPerson> = {}): PeriodPerson => ({
  personId,
  staffNo: `S${String(personId).padStart(3, '0')}`,
  name: `人${personId}`,
  department: '党政办公室',
  positionClass: '综合管理',
  status: '参加',
  ...extra,
})
const rate = (personId: number, indicatorCode: string, score: number, role = '领导'): PeriodRating => ({
  personId,
  indicatorCode,
  role,
  rater: null,
  score,
})
const run = (people: PeriodPerson[], ratings: PeriodRating[]) =>
  computePeriod({ indicators: scheme, people, ratings: groupRatings(ratings), settings: defaultSettings, periodWindow: { start: '2025-01-01', end: '2025-03-31' } })

describe('rule: 不定等次 people get no total, rank or grade and are not counted in n; 不参加 are omitted', () => {
  it('grades only the participants', () => {
    const out = run(
      [person(1), person(2, { status: '不定等次', statusReason: '新录用试用期' }), person(3, { status: '不参加' })],
      [rate(1, 'D1', 90), rate(1, 'J1', 80), rate(2, 'D1', 99), rate(2, 'J1', 99)],
    )
    expect(out.graded).toBe(1)
    expect(out.goodQuota).toBe(1)
    expect(out.rows.map((r) => r.staffNo)).toEqual(['S001', 'S002'])
    expect(out.rows[1]).toMatchObject({ grade: '不定等次', total: null, totalRounded: null, rank: null })
    expect(out.rows[1].notes).toEqual([{ key: 'results.note.undetermined', params: { reason: '新录用试用期' } }])
    expect(out.dimensions).toEqual([{ code: 'D', name: '德' }, { code: 'J', name: '绩' }])
  })
})

describe('rule: a leaf without any rating is left out, weights rescaled, and noted on the person (缺少评分)', () => {
  it('rescales J over J1 for a window clerk missing J2, and notes it', () => {
    const out = run([person(1, { positionClass: '窗口服务' })], [rate(1, 'D1', 90), rate(1, 'J1', 80)])
    const row = out.rows[0]
    expect(row.dimensions).toEqual({ D: 90, J: 80 })
    expect(row.total).toBeCloseTo(0.4 * 90 + 0.6 * 80, 12)
    expect(row.notes[0]).toEqual({ key: 'results.note.missingRatings', params: { items: '一次办结率' } })
  })

  it('does not count an individual indicator for another class, nor its stray ratings', () => {
    const out = run([person(1)], [rate(1, 'D1', 90), rate(1, 'J1', 80), rate(1, 'J2', 10)])
    expect(out.rows[0].dimensions.J).toBe(80)
    expect(out.rows[0].notes).toEqual([{ key: 'results.note.inapplicableRatings', params: { items: '一次办结率' } }])
  })

  it('leaves a person with no rating at all ungraded and uncounted', () => {
    const out = run([person(1), person(2)], [rate(1, 'D1', 90), rate(1, 'J1', 80)])
    expect(out.graded).toBe(1)
    expect(out.rows[1]).toMatchObject({ total: null, rank: null, grade: '未评定' })
    expect(out.rows[1].notes.map((n) => n.key)).toEqual(['results.note.missingRatings', 'results.note.noScore'])
  })
})

describe('rule: adjustments apply after the weighted score (bonus capped, veto graded 较差)', () => {
  it('adds the bonus, capped at 5, and records the veto', () => {
    const out = run(
      [person(1), person(2)],
      [rate(1, 'D1', 80), rate(1, 'J1', 80), rate(1, 'B', 4), rate(1, 'B', 3), rate(2, 'D1', 95), rate(2, 'J1', 95), rate(2, 'V', 1)],
    )
    const [first, second] = out.rows
    expect(first).toMatchObject({ staffNo: 'S002', total: 95, grade: '较差', vetoes: ['违纪'] })
    expect(second).toMatchObject({ staffNo: 'S001', total: 85, bonus: 7, grade: '较好' })
    expect(second.notes).toEqual([
      { key: 'results.note.bonus', params: { points: 7, items: '加减分' } },
      { key: 'results.note.bonusCapped', params: { raw: 7, cap: 5 } },
    ])
  })
})
