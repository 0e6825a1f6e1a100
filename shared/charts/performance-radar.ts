import type { EChartsOption } from 'echarts'
import { t } from '../i18n'
import { chartFont, chartPalette, labelStyle, scoreAxisMin, subtitleStyle, titleStyle } from './chart-style'

export interface RadarDimension {
  name: string
  /** the person's score; null when not rated in this dimension (drawn at the centre) */
  score: number | null
  /** the department mean; null when nobody in the department was rated */
  departmentMean: number | null
  /** the dimension's full marks; DIMENSION_FULL_MARKS unless told */
  max?: number
  /** the axis' centre; by default 10 below the lowest score or mean shown, on a multiple of 10 */
  min?: number
}

/**
 * A dimension's score is the weighted mean of its leaves' 0–100 scores (ratings are refused outside
 * 0–100; ballots, satisfaction and targets are mapped onto 0–100), so it is out of 100. Bonus points
 * are added to the total only, never to a dimension: the total may pass 100, a dimension may not.
 */
export const DIMENSION_FULL_MARKS = 100

interface Axis {
  name: string
  min: number
  max: number
}

/** An axis reaches its full marks, or the next ten above a value that would otherwise be cut off at the rim. */
function axisOf(d: RadarDimension, floor: number): Axis {
  const full = d.max ?? DIMENSION_FULL_MARKS
  const highest = Math.max(...[d.score, d.departmentMean].filter((v): v is number => v !== null))
  return { name: d.name, min: d.min ?? floor, max: highest > full ? Math.ceil(highest / 10) * 10 : full }
}

/**
 * The rings and what the subtitle says about them. Axes on one scale get rings of 10 points (or a
 * fifth of a span that is not a multiple of 10) and the subtitle names centre, rim and step; axes on
 * different scales share the ring count, so each axis name carries its own range.
 */
function scaleOf(axes: Axis[]): { rings: number; note: string; names: string[] } {
  if (axes.length === 0) return { rings: 1, note: '', names: [] }
  const uniform = axes.every((a) => a.min === axes[0].min && a.max === axes[0].max)
  if (uniform) {
    const { min, max } = axes[0]
    const span = max - min
    const rings = span > 0 && span % 10 === 0 ? span / 10 : 5
    const step = Math.round((span / rings) * 100) / 100
    return { rings, note: t('charts.radar.scale', { min, max, step }), names: axes.map((a) => a.name) }
  }
  const rings = Math.max(1, Math.round(Math.max(...axes.map((a) => a.max - a.min)) / 10))
  return {
    rings,
    note: t('charts.radar.scaleMixed', { n: rings }),
    names: axes.map((a) => t('charts.radar.axisRange', { name: a.name, min: a.min, max: a.max })),
  }
}

/**
 * The 绩效图谱 radar: one person's dimension scores (filled, navy) against their department's mean
 * (dashed, grey), on axes in the scheme's dimension order from scoreAxisMin to each dimension's full marks.
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
  const axes = input.dimensions.map((d) => axisOf(d, floor))
  const scale = scaleOf(axes)
  const values = (pick: (d: RadarDimension) => number | null) => input.dimensions.map((d) => pick(d) ?? 0)
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: chartFont },
    color: [chartPalette[0], chartPalette[4]],
    title: {
      text: input.title ?? t('charts.radar.title', { name: input.name }),
      subtext: [input.subtitle, scale.note].filter(Boolean).join('\n'),
      left: 'center',
      top: 12,
      textStyle: titleStyle,
      subtextStyle: subtitleStyle,
    },
    legend: { bottom: 12, data: [personName, meanName], textStyle: labelStyle },
    radar: {
      center: ['50%', '54%'],
      radius: '62%',
      indicator: axes.map((a, i) => ({ name: scale.names[i], max: a.max, min: a.min })),
      axisName: { ...labelStyle, fontSize: 17 },
      // the subtitle says where the centre is (it is not 0) and what a ring is worth
      splitNumber: scale.rings,
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
