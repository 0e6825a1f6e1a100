import type { EChartsOption } from 'echarts'
import { t } from '../i18n'
import { domainWord } from '../i18n/domain-words'
import { axisColour, textColour, chartFont, labelStyle, subtitleStyle, titleStyle } from './chart-style'

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

/** a cell where the department has no score on the dimension: plain grey, never mistaken for a low mean */
const NO_SCORE_COLOUR = '#f2f2f2'

/**
 * Departments × dimensions, each cell the department's mean score, shaded from pale (the lowest
 * mean shown) to navy (the highest) so weak dimensions stand out; every cell carries its number,
 * which is what a printed report is read by. Where a department has no score on a dimension the cell
 * says — (and its tooltip says there is no score): echarts draws nothing at all for a missing value,
 * so those cells are a second series, plain grey, outside the means' colour scale.
 */
export function departmentHeatmapOption(input: HeatmapInput): EChartsOption {
  const cells = heatmapCells(input)
  const scored = cells.filter((c): c is [number, number, number] => c[2] !== '-')
  const missing = cells.filter((c) => c[2] === '-')
  const values = scored.map((c) => c[2])
  const columnNames = input.dimensions.map((d) => domainWord(d.name))
  const where = (x: number, y: number) => ({ department: input.departments[y]?.department ?? '', dimension: domainWord(input.dimensions[x]?.name ?? '') })
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
    // confined: a tooltip at the chart's edge would otherwise be cut off by the card around it
    tooltip: { trigger: 'item', confine: true, textStyle: labelStyle },
    grid: { left: 150, right: 32, top: 110, bottom: 72 },
    xAxis: {
      type: 'category',
      position: 'top',
      data: columnNames,
      // every dimension named over its column: ECharts drops labels that overlap, and an English
      // word (Performance) is wider than a column at the size a Chinese character reads well
      axisLabel: { ...labelStyle, fontSize: columnNames.some((n) => n.length > 3) ? 13 : 17, interval: 0, hideOverlap: false },
      splitArea: { show: true },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: input.departments.map((d) => d.department),
      axisLabel: labelStyle,
      splitArea: { show: true },
    },
    visualMap: [
      {
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
        seriesIndex: 0,
      },
      // a heat map series must have a colour scale: the no-score cells get a hidden one of a single grey
      { show: false, min: 0, max: 1, inRange: { color: [NO_SCORE_COLOUR, NO_SCORE_COLOUR] }, seriesIndex: 1 },
    ],
    series: [
      {
        type: 'heatmap',
        name: t('charts.heatmap.series'),
        // white figures on the darker half of the scale, dark on the paler half, so every cell reads
        data: scored.map(([x, y, v]) => ({
          value: [x, y, v],
          label: { formatter: v.toFixed(2), color: v > (lo + hi) / 2 ? '#ffffff' : textColour },
          tooltip: { formatter: t('charts.heatmap.tip', { ...where(x, y), value: v.toFixed(2) }) },
        })),
        label: { show: true, ...labelStyle },
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
      },
      {
        type: 'heatmap',
        name: t('charts.heatmap.noScore'),
        // any number places the cell; the means' colour scale ignores this series (visualMap.seriesIndex)
        data: missing.map(([x, y]) => ({
          value: [x, y, 0],
          label: { formatter: '—', color: axisColour },
          tooltip: { formatter: t('charts.heatmap.tipNoScore', where(x, y)) },
        })),
        label: { show: true, ...labelStyle },
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
        // hovering would lighten the grey to white, as if the cell had changed
        emphasis: { disabled: true },
      },
    ],
  }
}
