import { describe, expect, it } from 'vitest'
import { performanceRadarOption } from '../../../shared/charts/performance-radar'
import { departmentDimensionMeans } from '../../../shared/charts/dimension-means'
import { seriesOf, titleOf } from './option-parts'

describe('绩效图谱 radar', () => {
  const option = performanceRadarOption({
    name: '张三',
    department: '办公室',
    dimensions: [
      { name: '德', score: 92, departmentMean: 90.5 },
      { name: '能', score: 85.25, departmentMean: 88 },
      { name: '勤', score: null, departmentMean: 87 },
      { name: '绩', score: 78, departmentMean: null, max: 80 },
    ],
  })

  it('has one axis per dimension in the given order, from 10 below the lowest value to 100 unless told', () => {
    const radar = option.radar as { indicator: { name: string; max: number; min: number }[] }
    // lowest score or mean shown: 78 → 68 → 60
    expect(radar.indicator).toEqual([
      { name: '德', max: 100, min: 60 },
      { name: '能', max: 100, min: 60 },
      { name: '勤', max: 100, min: 60 },
      { name: '绩', max: 80, min: 60 },
    ])
  })

  it('draws the person against the department mean, a missing score at 0 (the centre)', () => {
    const [series] = seriesOf(option)
    expect(series.type).toBe('radar')
    expect(series.data).toMatchObject([
      { name: '张三', value: [92, 85.25, 0, 78] },
      { name: '办公室平均', value: [90.5, 88, 87, 0] },
    ])
    expect(titleOf(option)).toMatchObject({ text: '张三绩效图谱', subtext: '图中心为 60 分，每圈 10 分' })
    // 60 → 100 in rings of 10
    expect((option.radar as { splitNumber: number }).splitNumber).toBe(4)
  })

  it('takes the department means over the people rated in each dimension', () => {
    const means = departmentDimensionMeans(
      [
        { department: '办公室', dimensions: { de: 90, neng: 80 } },
        { department: '财务科', dimensions: { de: 70, neng: null } },
        { department: '办公室', dimensions: { de: 85, neng: null } },
        { department: '办公室', dimensions: { de: 86, neng: 81 } },
      ],
      ['de', 'neng'],
    )
    // 办公室 德: (90 + 85 + 86) / 3 = 87; 能: (80 + 81) / 2 = 80.5 (the unrated one left out)
    // 财务科 德: 70; 能: nobody rated → null
    expect(means).toEqual([
      { department: '办公室', means: { de: 87, neng: 80.5 } },
      { department: '财务科', means: { de: 70, neng: null } },
    ])
  })

  it('rounds a department mean half-up to 2 decimals', () => {
    // (85.005 + 85.01) / 2 = 170.015 / 2 = 85.0075 → 85.01
    const [row] = departmentDimensionMeans([{ department: 'A', dimensions: { d: 85.005 } }, { department: 'A', dimensions: { d: 85.01 } }], ['d'])
    expect(row.means.d).toBe(85.01)
  })
})
