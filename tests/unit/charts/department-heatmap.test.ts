import { describe, expect, it } from 'vitest'
import { departmentHeatmapOption, heatmapCells } from '../../../shared/charts/department-heatmap'
import { itemLabels, seriesOf, xAxisOf, yAxisOf } from './option-parts'

describe('department × dimension heatmap', () => {
  const input = {
    dimensions: [
      { code: 'de', name: '德' },
      { code: 'ji', name: '绩' },
    ],
    departments: [
      { department: '办公室', means: { de: 90.5, ji: 80 } },
      { department: '财务科', means: { de: 85, ji: null } },
    ],
  }

  it('has dimensions across and departments down, in the given order', () => {
    const option = departmentHeatmapOption(input)
    expect(xAxisOf(option).data).toEqual(['德', '绩'])
    expect(yAxisOf(option)).toMatchObject({ data: ['办公室', '财务科'], inverse: true })
  })

  it('puts each mean in its [dimension, department] cell, a missing one as "-"', () => {
    expect(heatmapCells(input)).toEqual([
      [0, 0, 90.5],
      [1, 0, 80],
      [0, 1, 85],
      [1, 1, '-'],
    ])
    const [series] = seriesOf(departmentHeatmapOption(input))
    expect(series.type).toBe('heatmap')
    expect(itemLabels(series)).toEqual(['90.50', '80.00', '85.00', '—'])
  })

  it('shades from the lowest to the highest mean shown', () => {
    const vm = departmentHeatmapOption(input).visualMap as { min: number; max: number }
    // lowest 80 (floor), highest 90.5 → ceil 91
    expect(vm).toMatchObject({ min: 80, max: 91 })
  })
})
