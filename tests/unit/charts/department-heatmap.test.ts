import { describe, expect, it } from 'vitest'
import { departmentHeatmapOption, heatmapCells } from '../../../shared/charts/department-heatmap'
import { itemLabels, itemTooltips, itemValues, seriesOf, xAxisOf, yAxisOf } from './option-parts'

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
    const [scored] = seriesOf(departmentHeatmapOption(input))
    expect(scored.type).toBe('heatmap')
    expect(itemValues(scored)).toEqual([
      [0, 0, 90.5],
      [1, 0, 80],
      [0, 1, 85],
    ])
    expect(itemLabels(scored)).toEqual(['90.50', '80.00', '85.00'])
    expect(itemTooltips(scored)).toEqual(['办公室 · 德：90.50', '办公室 · 绩：80.00', '财务科 · 德：85.00'])
  })

  it('shows — where a department has no score on a dimension, with a tooltip saying so, outside the colour scale', () => {
    const option = departmentHeatmapOption(input)
    const [, missing] = seriesOf(option)
    // echarts draws nothing for a missing value: the cell is drawn by a series of its own
    expect(missing.type).toBe('heatmap')
    expect(missing.name).toBe('无得分')
    expect(itemValues(missing)).toEqual([[1, 1, 0]])
    expect(itemLabels(missing)).toEqual(['—'])
    expect(itemTooltips(missing)).toEqual(['财务科 · 绩：无得分'])
    // the 0 that places it is not a mean: the means' colour scale covers the first series only
    expect(option.visualMap).toMatchObject([{ seriesIndex: 0 }, { seriesIndex: 1, show: false }])
    expect(option.tooltip).toMatchObject({ trigger: 'item' })
  })

  it('has no such cells when every department was scored on every dimension', () => {
    const full = departmentHeatmapOption({ ...input, departments: [input.departments[0]] })
    expect(itemLabels(seriesOf(full)[1])).toEqual([])
  })

  it('shades from the lowest to the highest mean shown', () => {
    const [vm] = departmentHeatmapOption(input).visualMap as { min: number; max: number }[]
    // lowest 80 (floor), highest 90.5 → ceil 91
    expect(vm).toMatchObject({ min: 80, max: 91 })
  })
})
