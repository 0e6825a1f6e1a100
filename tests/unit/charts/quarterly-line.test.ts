import { describe, expect, it } from 'vitest'
import { quarterlyAxisMax, quarterlyAxisMin, quarterlyLineOption } from '../../../shared/charts/quarterly-line'
import { itemLabels, itemValues, seriesOf, titleOf, xAxisOf, yAxisOf } from './option-parts'

describe('quarterly totals line', () => {
  const option = quarterlyLineOption({
    name: '李四',
    quarters: [
      { label: '第一季度', total: 91.255, grade: '好' },
      { label: '第二季度', total: 84.5, grade: '较好' },
      { label: '第三季度', total: null, grade: '不定等次' },
      { label: '第四季度', total: 72, grade: '一般' },
    ],
  })

  it('keeps the quarters in order with a gap where there is no total', () => {
    expect(xAxisOf(option).data).toEqual(['第一季度', '第二季度', '第三季度', '第四季度'])
    const [line] = seriesOf(option)
    expect(line.type).toBe('line')
    // 91.255 rounds half-up to 91.26
    expect(itemValues(line)).toEqual([91.26, 84.5, null, 72])
  })

  it('labels each point with its total and grade', () => {
    expect(itemLabels(seriesOf(option)[0])).toEqual(['91.26（好）', '84.50（较好）', undefined, '72.00（一般）'])
    expect(titleOf(option).text).toBe('李四各季度得分')
  })

  it('starts the axis 10 below the lowest total, on a multiple of 10', () => {
    // lowest 72 → 62 → 60; ends at 100
    expect(yAxisOf(option)).toMatchObject({ min: 60, max: 100 })
    expect(quarterlyAxisMin([5, null])).toBe(0)
    expect(quarterlyAxisMin([null])).toBe(0)
    expect(quarterlyAxisMin([90])).toBe(80)
  })

  it('ends the axis above a total that bonus points took past 100, so its point and label stay on the chart', () => {
    const bonus = quarterlyLineOption({ name: '李四', quarters: [{ label: '第一季度', total: 103.25, grade: '好' }, { label: '第二季度', total: 96, grade: '好' }] })
    expect(yAxisOf(bonus)).toMatchObject({ min: 80, max: 110 })
    expect(quarterlyAxisMax([100, null])).toBe(100)
    expect(quarterlyAxisMax([null])).toBe(100)
    expect(quarterlyAxisMax([105])).toBe(110)
  })
})
