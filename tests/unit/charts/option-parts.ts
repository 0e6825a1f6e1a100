import type { EChartsOption } from 'echarts'

// Options are typed with echarts' wide unions; the tests read them back as the plain shapes built.
export interface SeriesPart {
  type: string
  name?: string
  stack?: string
  data: unknown[]
}
export interface AxisPart {
  type: string
  name?: string
  data?: string[]
  min?: number
  max?: number
  inverse?: boolean
}

export const seriesOf = (o: EChartsOption) => o.series as SeriesPart[]
export const xAxisOf = (o: EChartsOption) => o.xAxis as AxisPart
export const yAxisOf = (o: EChartsOption) => o.yAxis as AxisPart
export const titleOf = (o: EChartsOption) => o.title as { text: string; subtext?: string }
export const itemLabels = (s: SeriesPart) => (s.data as { label?: { formatter?: string } }[]).map((d) => d.label?.formatter)
export const itemTooltips = (s: SeriesPart) => (s.data as { tooltip?: { formatter?: string } }[]).map((d) => d.tooltip?.formatter)
export const itemValues = (s: SeriesPart) => (s.data as { value: unknown }[]).map((d) => d.value)
