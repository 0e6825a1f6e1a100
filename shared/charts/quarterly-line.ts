import type { EChartsOption } from 'echarts'
import { roundHalfUp } from '../domain/rounding'
import { t } from '../i18n'
import { axisColour, axisNameStyle, chartFont, chartPalette, gridLineColour, labelStyle, scoreAxisMin, subtitleStyle, titleStyle } from './chart-style'

export interface QuarterPoint {
  /** the axis label, e.g. “第一季度” or “2025-Q1” */
  label: string
  /** the published total; null for a quarter with no total (不定等次, 不参加): a gap in the line */
  total: number | null
  grade: string
}

/** the axis' bottom: 10 below the lowest total, down to a multiple of 10, never below 0 */
export const quarterlyAxisMin = scoreAxisMin

/** the axis' top: 100, or the next ten above a total that bonus points took past 100 (up to 100 + the bonus cap) */
export function quarterlyAxisMax(totals: readonly (number | null)[]): number {
  const highest = Math.max(100, ...totals.filter((v): v is number => v !== null))
  return Math.ceil(highest / 10) * 10
}

/** A person's quarterly totals as a line, each point labelled with its total and grade. */
export function quarterlyLineOption(input: { name: string; quarters: readonly QuarterPoint[]; title?: string; subtitle?: string }): EChartsOption {
  const totals = input.quarters.map((q) => (q.total === null ? null : roundHalfUp(q.total)))
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: chartFont },
    color: [chartPalette[0]],
    title: {
      text: input.title ?? t('charts.quarterly.title', { name: input.name }),
      subtext: input.subtitle,
      left: 'center',
      top: 12,
      textStyle: titleStyle,
      subtextStyle: subtitleStyle,
    },
    grid: { left: 72, right: 48, top: 96, bottom: 64 },
    xAxis: {
      type: 'category',
      name: t('charts.quarterly.axis.period'),
      nameLocation: 'middle',
      nameGap: 36,
      nameTextStyle: axisNameStyle,
      data: input.quarters.map((q) => q.label),
      axisLabel: { ...labelStyle, fontSize: 17 },
      axisLine: { lineStyle: { color: axisColour } },
      boundaryGap: true,
    },
    yAxis: {
      type: 'value',
      name: t('charts.quarterly.axis.total'),
      nameTextStyle: axisNameStyle,
      min: quarterlyAxisMin(totals),
      max: quarterlyAxisMax(totals),
      axisLabel: labelStyle,
      splitLine: { lineStyle: { color: gridLineColour } },
    },
    series: [
      {
        type: 'line',
        name: t('charts.quarterly.series'),
        connectNulls: false,
        symbolSize: 8,
        lineStyle: { width: 2 },
        // the label is a plain string per point so the option stays serialisable and testable
        data: input.quarters.map((q, i) => {
          const total = totals[i]
          return total === null
            ? { value: null }
            : { value: total, label: { formatter: t('charts.quarterly.label', { total: total.toFixed(2), grade: q.grade }) } }
        }),
        label: { show: true, position: 'top', ...labelStyle },
      },
    ],
  }
}
