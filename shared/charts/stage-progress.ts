import type { EChartsOption } from 'echarts'
import { roundHalfUp } from '../domain/rounding'
import { t } from '../i18n'
import { textColour, axisColour, axisNameStyle, chartFont, chartPalette, gridLineColour, labelStyle, subtitleStyle, titleStyle } from './chart-style'

export interface StageCount {
  name: string
  done: number
  required: number
}

/** percent done to one decimal; a stage nobody needs counts as complete */
export function stageDoneShare(s: StageCount): number {
  return s.required > 0 ? roundHalfUp((s.done / s.required) * 100, 1) : 100
}

/**
 * A period's stages (in workflow order, top to bottom) as bars of the share done, stacked with the
 * share pending so every bar reaches 100 %; each bar is labelled “done/required”.
 */
export function stageProgressOption(input: { period: string; stages: readonly StageCount[]; title?: string; subtitle?: string }): EChartsOption {
  const done = input.stages.map(stageDoneShare)
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: chartFont },
    color: [chartPalette[0], '#e3e7ed'],
    title: {
      text: input.title ?? t('charts.stages.title', { period: input.period }),
      subtext: input.subtitle,
      left: 'center',
      top: 12,
      textStyle: titleStyle,
      subtextStyle: subtitleStyle,
    },
    legend: { bottom: 8, data: [t('charts.stages.series.done'), t('charts.stages.series.pending')], textStyle: labelStyle },
    grid: { left: 160, right: 48, top: 96, bottom: 100 },
    xAxis: {
      type: 'value',
      name: t('charts.stages.axis.share'),
      nameLocation: 'middle',
      nameGap: 32,
      nameTextStyle: axisNameStyle,
      min: 0,
      max: 100,
      axisLabel: labelStyle,
      splitLine: { lineStyle: { color: gridLineColour } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: input.stages.map((s) => s.name),
      axisLabel: { ...labelStyle, fontSize: 17 },
      axisLine: { lineStyle: { color: axisColour } },
    },
    series: [
      {
        type: 'bar',
        name: t('charts.stages.series.done'),
        stack: 'share',
        barMaxWidth: 36,
        data: input.stages.map((s, i) => ({
          value: done[i],
          // white inside a long enough bar, dark beside a short one, so the count is always readable
          label: done[i] >= 20
            ? { formatter: t('charts.stages.label', { done: s.done, total: s.required }), position: 'insideLeft', color: '#ffffff' }
            : { formatter: t('charts.stages.label', { done: s.done, total: s.required }), position: 'right', color: textColour },
        })),
        label: { show: true, ...labelStyle },
      },
      {
        type: 'bar',
        name: t('charts.stages.series.pending'),
        stack: 'share',
        barMaxWidth: 36,
        data: done.map((d) => roundHalfUp(100 - d, 1)),
      },
    ],
  }
}
