import { afterEach, describe, expect, it } from 'vitest'
import { gradeDistributionOption, gradeShare, orderedGradeCounts } from '../../../shared/charts/grade-distribution'
import { setLocale } from '../../../shared/i18n'
import { itemLabels, itemValues, seriesOf, titleOf, xAxisOf } from './option-parts'

afterEach(() => setLocale('zh-CN'))

describe('grade distribution chart', () => {
  it('puts annual grades in their fixed order, a missing grade as 0 and 不定等次 last', () => {
    const option = gradeDistributionOption({
      title: '2025年度考核等次分布',
      total: 40,
      grades: [
        { grade: '不定等次', count: 3 },
        { grade: '称职', count: 27 },
        { grade: '优秀', count: 8 },
        { grade: '基本称职', count: 2 },
      ],
    })
    expect(xAxisOf(option).data).toEqual(['优秀', '称职', '基本称职', '不称职', '不定等次'])
    const [bars] = seriesOf(option)
    expect(bars.type).toBe('bar')
    expect(itemValues(bars)).toEqual([8, 27, 2, 0, 3])
    // shares of 40: 8/40 = 20.0 %, 27/40 = 67.5 %, 2/40 = 5.0 %, 0 %, 3/40 = 7.5 %
    expect(itemLabels(bars)).toEqual(['8 人\n20.0%', '27 人\n67.5%', '2 人\n5.0%', '0 人\n0.0%', '3 人\n7.5%'])
    expect(titleOf(option)).toMatchObject({ text: '2025年度考核等次分布', subtext: '参加考核 40 人' })
  })

  it('keeps every grade label under its bar (no automatic skipping of 较好 and 较差)', () => {
    const option = gradeDistributionOption({ title: 't', total: 36, grades: [{ grade: '好', count: 14 }, { grade: '较好', count: 15 }, { grade: '一般', count: 6 }, { grade: '较差', count: 1 }] })
    expect(xAxisOf(option).data).toEqual(['好', '较好', '一般', '较差'])
    expect((xAxisOf(option) as { axisLabel?: unknown }).axisLabel).toMatchObject({ interval: 0, hideOverlap: false })
  })

  it('orders quarterly grades 好/较好/一般/较差 and leaves 不定等次 out when nobody had it', () => {
    const option = gradeDistributionOption({ title: 'Q', total: 10, grades: [{ grade: '一般', count: 1 }, { grade: '好', count: 3 }, { grade: '较好', count: 6 }] })
    expect(xAxisOf(option).data).toEqual(['好', '较好', '一般', '较差'])
    expect(itemValues(seriesOf(option)[0])).toEqual([3, 6, 1, 0])
  })

  it('adds up a grade given twice and keeps an unknown grade after the scale', () => {
    expect(orderedGradeCounts([{ grade: '优秀', count: 1 }, { grade: '其他', count: 2 }, { grade: '优秀', count: 4 }])).toEqual([
      { grade: '优秀', count: 5 },
      { grade: '称职', count: 0 },
      { grade: '基本称职', count: 0 },
      { grade: '不称职', count: 0 },
      { grade: '其他', count: 2 },
    ])
  })

  it('rounds shares half-up to one decimal and gives 0 for an empty period', () => {
    // 1/3 = 33.333… → 33.3; 2/3 = 66.666… → 66.7; 1/8 = 12.5 exactly
    expect(gradeShare(1, 3)).toBe(33.3)
    expect(gradeShare(2, 3)).toBe(66.7)
    expect(gradeShare(1, 8)).toBe(12.5)
    expect(gradeShare(0, 0)).toBe(0)
  })

  it('speaks English when the locale is en', () => {
    setLocale('en')
    const option = gradeDistributionOption({ title: 'T', total: 4, grades: [{ grade: '优秀', count: 1 }] })
    expect(itemLabels(seriesOf(option)[0])[0]).toBe('1\n25.0%')
    expect(titleOf(option).subtext).toBe('4 people assessed')
  })
})
