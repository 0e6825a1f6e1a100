import type { EChartsOption } from 'echarts'
import { t } from '../i18n'
import { chartFont, chartPalette, labelStyle, scoreAxisMin, subtitleStyle, titleStyle } from './chart-style'

export interface RadarDimension {
  name: string
  /** the person's score; null when not rated in this dimension (drawn at the centre) */
  score: number | null
  /** the department mean; null when nobody in the department was rated */
  departmentMean: number | null
  /** the axis' top; 100 by default (dimension scores are on the 100-point scale) */
  max?: number
  /** the axis' centre; by default 10 below the lowest score or mean shown, on a multiple of 10 */
  min?: number
}

/**
 * The 绩效图谱 radar: one person's dimension scores (filled, navy) against their department's mean
 * (dashed, grey), on axes in the scheme's dimension order starting at scoreAxisMin.
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
  const floor = scoreAxisMin(input.dimensions.flatMap((d) => [d.score, d.departmentMean]))
  const values = (pick: (d: RadarDimension) => number | null) => input.dimensions.map((d) => pick(d) ?? 0)
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: chartFont },
    color: [chartPalette[0], chartPalette[4]],
    title: {
      text: input.title ?? t('charts.radar.title', { name: input.name }),
      subtext: [input.subtitle, t('charts.radar.scale', { min: floor })].filter(Boolean).join('\n'),
      left: 'center',
      top: 12,
      textStyle: titleStyle,
      subtextStyle: subtitleStyle,
    },
    legend: { bottom: 12, data: [personName, meanName], textStyle: labelStyle },
    radar: {
      center: ['50%', '54%'],
      radius: '62%',
      indicator: input.dimensions.map((d) => ({ name: d.name, max: d.max ?? 100, min: d.min ?? floor })),
      axisName: { ...labelStyle, fontSize: 17 },
      // one ring per 10 points; the subtitle says where the centre is, since it is not 0
      splitNumber: Math.max(1, Math.round((100 - floor) / 10)),
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
            label: { show: true, ...labelStyle, fontSize: 15, color: chartPalette[0] },
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
