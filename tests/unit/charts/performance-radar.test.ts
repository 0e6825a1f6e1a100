import { describe, expect, it } from 'vitest'
import { DIMENSION_FULL_MARKS, performanceRadarOption } from '../../../shared/charts/performance-radar'
import { setLocale } from '../../../shared/i18n'
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
      { name: '绩', score: 78, departmentMean: null },
    ],
  })
  const radarOf = (o: typeof option) => o.radar as { indicator: { name: string; max: number; min: number }[]; splitNumber: number }

  it('has one axis per dimension in the given order, from 10 below the lowest value to the full 100', () => {
    // lowest score or mean shown: 78 → 68 → 60; a dimension's score is out of 100
    expect(DIMENSION_FULL_MARKS).toBe(100)
    expect(radarOf(option).indicator).toEqual([
      { name: '德', max: 100, min: 60 },
      { name: '能', max: 100, min: 60 },
      { name: '勤', max: 100, min: 60 },
      { name: '绩', max: 100, min: 60 },
    ])
  })

  it('draws the person against the department mean, a missing score at 0 (the centre)', () => {
    const [series] = seriesOf(option)
    expect(series.type).toBe('radar')
    expect(series.data).toMatchObject([
      { name: '张三', value: [92, 85.25, 0, 78] },
      { name: '办公室平均', value: [90.5, 88, 87, 0] },
    ])
  })

  it('says where the centre and the rim are and what a ring is worth, as drawn', () => {
    expect(titleOf(option)).toMatchObject({ text: '张三绩效图谱', subtext: '图中心为 60 分，外圈为 100 分，每圈 10 分' })
    // 60 → 100 in rings of 10
    expect(radarOf(option).splitNumber).toBe(4)
    expect(titleOf(performanceRadarOption({ name: '张三', department: '办公室', subtitle: '2025年第一季度', dimensions: [{ name: '德', score: 95, departmentMean: 91 }] })).subtext).toBe(
      '2025年第一季度\n图中心为 80 分，外圈为 100 分，每圈 10 分',
    )
  })

  it('never cuts a value off at the rim: an axis reaches the next ten above it, and the subtitle says so', () => {
    const over = performanceRadarOption({ name: '李四', department: '财务科', dimensions: [{ name: '绩', score: 103.5, departmentMean: 96 }, { name: '德', score: 101, departmentMean: 95 }] })
    expect(radarOf(over).indicator).toEqual([
      { name: '绩', max: 110, min: 80 },
      { name: '德', max: 110, min: 80 },
    ])
    expect(titleOf(over).subtext).toBe('图中心为 80 分，外圈为 110 分，每圈 10 分')
    expect(radarOf(over).splitNumber).toBe(3)
  })

  it('puts each range in its axis name when the dimensions are on different scales', () => {
    const mixed = performanceRadarOption({
      name: '王五',
      department: '办公室',
      dimensions: [
        { name: '德', score: 92, departmentMean: 90 },
        { name: '绩', score: 72, departmentMean: 70, max: 80 },
      ],
    })
    // lowest 70 → 60: 德 60–100, 绩 60–80; one ring count for both (40 / 10)
    expect(radarOf(mixed).indicator).toEqual([
      { name: '德（60–100）', max: 100, min: 60 },
      { name: '绩（60–80）', max: 80, min: 60 },
    ])
    expect(radarOf(mixed).splitNumber).toBe(4)
    expect(titleOf(mixed).subtext).toBe('各维度刻度不同（维度名后为其范围），每个维度分 4 圈')
  })

  it('reads in English too', () => {
    setLocale('en')
    try {
      const en = performanceRadarOption({ name: 'Zhang San', department: 'Office', dimensions: [{ name: 'Integrity', score: 92, departmentMean: 88 }] })
      expect(titleOf(en).subtext).toBe('Centre at 70 points, outer ring 100, 10 points per ring')
    } finally {
      setLocale('zh-CN')
    }
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
