import { describe, expect, it } from 'vitest'
import {
  admonition,
  commendationCandidate,
  demotion,
  departmentTrainingPriority,
  dimensionMeans,
  dismissalReview,
  excellentBarredIn,
  inquiry,
  meritCandidate,
  negativeListEffects,
  personTrainingPriority,
  reminderTalk,
  type PersonGrades,
} from '../../../shared/domain/result-uses'
import { penaltyRuleText } from '../../../shared/domain/penalty-rule-text'
import { t } from '../../../shared/i18n'
import { penaltyRecordTypes } from '../../../shared/contract/history'

const grades = (annual: Record<number, string>, quarters: Record<number, string> = {}, excellentBarred = false, year = 2025): PersonGrades => ({
  year,
  annual: new Map(Object.entries(annual).map(([y, g]) => [Number(y), g])),
  quarters: new Map(Object.entries(quarters).map(([q, g]) => [Number(q), g])),
  excellentBarred,
})

describe('rule: 优秀 → 嘉奖 and the next rank promotion half a year earlier', () => {
  it('the year graded 优秀 puts the person on the list, naming the year', () => {
    expect(commendationCandidate(grades({ 2025: '优秀' }))).toEqual({ years: [2025] })
  })
  it('any other grade, or 优秀 only in an earlier year, does not', () => {
    expect(commendationCandidate(grades({ 2025: '称职' }))).toBeNull()
    expect(commendationCandidate(grades({ 2024: '优秀' }))).toBeNull()
  })
  it('a penalty or negative-list entry of the year that bars 优秀 keeps a stored 优秀 off the list', () => {
    expect(commendationCandidate(grades({ 2025: '优秀' }, {}, true))).toBeNull()
  })
})

describe('rule: three consecutive years 优秀 → 记三等功 candidate', () => {
  it('2023, 2024 and 2025 all 优秀: on the list with the three years, oldest first', () => {
    expect(meritCandidate(grades({ 2023: '优秀', 2024: '优秀', 2025: '优秀' }))).toEqual({ years: [2023, 2024, 2025] })
  })
  it('a gap (2023 称职) or a missing year breaks the run; 2022–2024 优秀 does not count for 2025', () => {
    expect(meritCandidate(grades({ 2023: '称职', 2024: '优秀', 2025: '优秀' }))).toBeNull()
    expect(meritCandidate(grades({ 2024: '优秀', 2025: '优秀' }))).toBeNull()
    expect(meritCandidate(grades({ 2022: '优秀', 2023: '优秀', 2024: '优秀', 2025: '称职' }))).toBeNull()
  })
  it('barred from 优秀 this year: not a candidate', () => {
    expect(meritCandidate(grades({ 2023: '优秀', 2024: '优秀', 2025: '优秀' }, {}, true))).toBeNull()
  })
})

describe('rule: 基本称职 → 诫勉, no rank promotion next year', () => {
  it('基本称职 in the year only', () => {
    expect(admonition(grades({ 2025: '基本称职' }))).toEqual({ years: [2025] })
    expect(admonition(grades({ 2024: '基本称职', 2025: '称职' }))).toBeNull()
  })
})

describe('rule: 不称职 → down one rank', () => {
  it('不称职 in the year only; 不定等次 is not 不称职', () => {
    expect(demotion(grades({ 2025: '不称职' }))).toEqual({ years: [2025] })
    expect(demotion(grades({ 2025: '不定等次' }))).toBeNull()
  })
})

describe('rule: two consecutive years 不称职 → dismissal review', () => {
  it('2024 (from history) and 2025 (from results) both 不称职', () => {
    expect(dismissalReview(grades({ 2024: '不称职', 2025: '不称职' }))).toEqual({ years: [2024, 2025] })
  })
  it('one year alone, or 2023 and 2025 with 2024 in between, is not a run', () => {
    expect(dismissalReview(grades({ 2025: '不称职' }))).toBeNull()
    expect(dismissalReview(grades({ 2023: '不称职', 2024: '基本称职', 2025: '不称职' }))).toBeNull()
    expect(dismissalReview(grades({ 2023: '不称职', 2024: '不称职', 2025: '称职' }))).toBeNull()
  })
})

describe('rule: quarterly 较差 → 函询, quarterly 一般 → 谈话提醒, naming the quarters', () => {
  const g = grades({}, { 1: '较差', 2: '一般', 3: '好', 4: '较差' })
  it('较差 in Q1 and Q4: 函询 naming both', () => {
    expect(inquiry(g)).toEqual({ year: 2025, quarters: [1, 4] })
  })
  it('一般 in Q2: 谈话提醒 naming it', () => {
    expect(reminderTalk(g)).toEqual({ year: 2025, quarters: [2] })
  })
  it('no such quarter: on neither list', () => {
    const good = grades({}, { 1: '好', 2: '较好' })
    expect(inquiry(good)).toBeNull()
    expect(reminderTalk(good)).toBeNull()
  })
})

describe('rule: training priority per person = the largest shortfall below the department mean', () => {
  const codes = ['德', '能', '勤', '绩', '廉']
  it('department means: the mean of those scored in each dimension, null where nobody is', () => {
    // 德 (90 + 80) / 2 = 85; 能 only one score 70; 勤 nobody
    expect(dimensionMeans([{ 德: 90, 能: 70, 勤: null }, { 德: 80, 能: null }], ['德', '能', '勤'])).toEqual({ 德: 85, 能: 70, 勤: null })
  })
  it('picks the dimension furthest below the mean, with the numbers', () => {
    const means = { 德: 85, 能: 80, 勤: 82, 绩: 84, 廉: 90 }
    // gaps: 德 85 − 86 = −1 (above), 能 80 − 74.5 = 5.5, 勤 82 − 80 = 2, 绩 84 − 79 = 5, 廉 90 − 90 = 0
    expect(personTrainingPriority({ 德: 86, 能: 74.5, 勤: 80, 绩: 79, 廉: 90 }, means, codes)).toEqual({ code: '能', value: 74.5, reference: 80, gap: 5.5 })
  })
  it('ties go to the earlier dimension of the scheme', () => {
    // 能 80 − 77 = 3, 绩 84 − 81 = 3: 能 comes first
    expect(personTrainingPriority({ 德: 85, 能: 77, 勤: 82, 绩: 81, 廉: 90 }, { 德: 85, 能: 80, 勤: 82, 绩: 84, 廉: 90 }, codes)?.code).toBe('能')
  })
  it('gaps compare as shown (2 decimals): 0.004 below rounds to 0.00 and is not below', () => {
    expect(personTrainingPriority({ 德: 84.996 }, { 德: 85 }, ['德'])).toBeNull()
  })
  it('at or above every mean: not listed', () => {
    expect(personTrainingPriority({ 德: 85, 能: 81 }, { 德: 85, 能: 80 }, ['德', '能'])).toBeNull()
  })
})

describe('rule: training priority per department = the dimension where its mean is furthest below the unit mean', () => {
  it('picks the largest gap below the unit, ignoring dimensions above it', () => {
    // 德 86 − 84 = 2, 能 80 − 83.25 = −3.25 (above), 绩 88 − 81.5 = 6.5
    expect(departmentTrainingPriority({ 德: 84, 能: 83.25, 绩: 81.5 }, { 德: 86, 能: 80, 绩: 88 }, ['德', '能', '绩'])).toEqual({ code: '绩', value: 81.5, reference: 88, gap: 6.5 })
  })
  it('a department above the unit everywhere is not listed', () => {
    expect(departmentTrainingPriority({ 德: 90 }, { 德: 86 }, ['德'])).toBeNull()
  })
})

describe('rule: the negative list (不担当不作为) of the year: not 优秀 that year, and a reminder talk', () => {
  const entries = [
    { decidedOn: '2025-09-01', reason: '推诿扯皮' },
    { decidedOn: '2024-05-01', reason: null },
    { decidedOn: '2025-03-10', reason: null },
  ]
  it('lists the entries decided that year, oldest first', () => {
    expect(negativeListEffects(entries, 2025, '称职')).toEqual({
      year: 2025,
      entries: [
        { decidedOn: '2025-03-10', reason: null },
        { decidedOn: '2025-09-01', reason: '推诿扯皮' },
      ],
      excellentConflict: false,
    })
  })
  it('a stored 优秀 that year is pointed out; no entry that year, not on the list', () => {
    expect(negativeListEffects(entries, 2025, '优秀')?.excellentConflict).toBe(true)
    expect(negativeListEffects(entries, 2023, '优秀')).toBeNull()
  })
  it('an entry or a penalty of the year bars 优秀; a 警告 of 2024 does not reach 2025, a 记大过 of 2024 does', () => {
    expect(excellentBarredIn([], ['2025-03-10'], 2025)).toBe(true)
    expect(excellentBarredIn([{ type: '警告', decidedOn: '2024-06-01' }], [], 2025)).toBe(false)
    expect(excellentBarredIn([{ type: '记大过', decidedOn: '2024-06-01' }], [], 2025)).toBe(true)
  })
})

describe('rule: the words of the penalty table for a recorded type', () => {
  const words = (type: string, term: number | null = null) => {
    const r = penaltyRuleText(type, term)
    return t(r.key, r.params, 'zh-CN')
  }
  it('each effect of the table in words', () => {
    expect(words('警告')).toBe('警告：当年不得评为优秀')
    expect(words('记过')).toBe('记过：当年不定等次')
    expect(words('记大过')).toBe('记大过：当年及次年不定等次')
    expect(words('撤销党内职务')).toBe('撤销党内职务：当年定为不称职')
    expect(words('开除党籍')).toBe('开除党籍：当年定为不称职，此后2年不定等次')
  })
  it('留党察看 follows its 期限: 24 months → 2 years after, 12 months or none → 1', () => {
    expect(words('留党察看', 24)).toBe('留党察看：当年定为不称职，此后2年不定等次')
    expect(words('留党察看', 12)).toBe('留党察看：当年定为不称职，此后1年不定等次')
    expect(words('留党察看')).toBe('留党察看：当年定为不称职，此后1年不定等次')
  })
  it.each(penaltyRecordTypes)('%s has words in both languages, naming the type', (type) => {
    const r = penaltyRuleText(type)
    expect(t(r.key, r.params, 'zh-CN').startsWith(type)).toBe(true)
    expect(t(r.key, r.params, 'en').startsWith(type)).toBe(true)
  })
  it('the negative list: not 优秀 that year and a reminder talk', () => {
    expect(words('不担当不作为')).toBe('不担当不作为（负面清单）：当年不得评为优秀，并谈话提醒')
  })
})
