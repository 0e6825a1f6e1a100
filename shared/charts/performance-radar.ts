import type { EChartsOption } from 'echarts'
import { t } from '../i18n'
import { chartFont, chartPalette, labelStyle, subtitleStyle, titleStyle } from './chart-style'

export interface RadarDimension {
  name: string
  /** the person's score; null when not rated in this dimension (drawn at 0 with no label) */
  score: number | null
  /** the department mean; null when nobody in the department was rated */
  departmentMean: number | null
  /** the axis' top; 100 by default (dimension scores are on the 100-point scale) */
  max?: number
}

/**
 * The 绩效图谱 radar: one person's dimension scores (filled, navy) against their department's mean
 * (dashed, grey), on axes in the scheme's dimension order.
 */
export function performanceRadarOption(input: {
  name: string
  department: string
  dimensions: readonly RadarDimension[]
  /** defaults to “{name}绩效图谱” */
  title?: string
  subtitle?: string
}): EChartsOption {
  const personName = t('charts.radar.person', { name: input.name })
  const meanName = t('charts.radar.mean', { department: input.department })
  const values = (pick: (d: RadarDimension) => number | null) => input.dimensions.map((d) => pick(d) ?? 0)
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: chartFont },
    color: [chartPalette[0], chartPalette[4]],
    title: {
      text: input.title ?? t('charts.radar.title', { name: input.name }),
      subtext: input.subtitle,
      left: 'center',
      top: 12,
      textStyle: titleStyle,
      subtextStyle: subtitleStyle,
    },
    legend: { bottom: 12, data: [personName, meanName], textStyle: labelStyle },
    radar: {
      center: ['50%', '54%'],
      radius: '62%',
      indicator: input.dimensions.map((d) => ({ name: d.name, max: d.max ?? 100, min: 0 })),
      axisName: { ...labelStyle, fontSize: 15 },
      splitNumber: 5,
      splitLine: { lineStyle: { color: '#cccccc' } },
      splitArea: { show: false },
      axisLine: { lineStyle: { color: '#bbbbbb' } },
    },
    series: [
      {
        type: 'radar',
        symbolSize: 6,
        data: [
          {
            name: personName,
            value: values((d) => d.score),
            areaStyle: { opacity: 0.18 },
            lineStyle: { width: 2 },
            label: { show: true, ...labelStyle, fontSize: 13, color: chartPalette[0] },
          },
          {
            name: meanName,
            value: values((d) => d.departmentMean),
            lineStyle: { width: 2, type: 'dashed' },
          },
        ],
      },
    ],
  }
}
