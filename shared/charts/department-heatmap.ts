import type { EChartsOption } from 'echarts'
import { t } from '../i18n'
import { textColour, chartFont, labelStyle, subtitleStyle, titleStyle } from './chart-style'

export interface HeatmapInput {
  dimensions: readonly { code: string; name: string }[]
  /** one row per department, top to bottom in this order (departmentDimensionMeans gives it) */
  departments: readonly { department: string; means: Record<string, number | null> }[]
  title?: string
  subtitle?: string
}

/** cells as echarts wants them: [dimension index, department index, mean]; a missing mean is '-' */
export function heatmapCells(input: HeatmapInput): [number, number, number | '-'][] {
  const cells: [number, number, number | '-'][] = []
  input.departments.forEach((row, y) => {
    input.dimensions.forEach((d, x) => {
      const v = row.means[d.code]
      cells.push([x, y, v === null || v === undefined ? '-' : v])
    })
  })
  return cells
}

/**
 * Departments × dimensions, each cell the department's mean score, shaded from pale (the lowest
 * mean shown) to navy (the highest) so weak dimensions stand out; every cell carries its number,
 * which is what a printed report is read by.
 */
export function departmentHeatmapOption(input: HeatmapInput): EChartsOption {
  const cells = heatmapCells(input)
  const values = cells.map((c) => c[2]).filter((v): v is number => v !== '-')
  const lo = values.length ? Math.floor(Math.min(...values)) : 0
  const hi = values.length ? Math.ceil(Math.max(...values)) : 100
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: chartFont },
    title: {
      text: input.title ?? t('charts.heatmap.title'),
      subtext: input.subtitle,
      left: 'center',
      top: 12,
      textStyle: titleStyle,
      subtextStyle: subtitleStyle,
    },
    grid: { left: 150, right: 32, top: 110, bottom: 72 },
    xAxis: {
      type: 'category',
      position: 'top',
      data: input.dimensions.map((d) => d.name),
      axisLabel: { ...labelStyle, fontSize: 17 },
      splitArea: { show: true },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: input.departments.map((d) => d.department),
      axisLabel: labelStyle,
      splitArea: { show: true },
    },
    visualMap: {
      min: lo,
      max: hi === lo ? lo + 1 : hi,
      calculable: false,
      text: [String(hi), String(lo)],
      orient: 'horizontal',
      left: 'center',
      bottom: 8,
      itemHeight: 200,
      textStyle: labelStyle,
      inRange: { color: ['#eef2f7', '#2f4b7c'] },
    },
    series: [
      {
        type: 'heatmap',
        name: t('charts.heatmap.series'),
        // white figures on the darker half of the scale, dark on the paler half, so every cell reads
        data: cells.map(([x, y, v]) => ({
          value: [x, y, v],
          label: { formatter: v === '-' ? '—' : v.toFixed(2), color: v !== '-' && v > (lo + hi) / 2 ? '#ffffff' : textColour },
        })),
        label: { show: true, ...labelStyle },
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
      },
    ],
  }
}
