import type { EChartsOption } from 'echarts'
import { annualGrades } from '../domain/annual-grades'
import { quarterlyGrades } from '../domain/quarterly-grades'
import { roundHalfUp } from '../domain/rounding'
import { t } from '../i18n'
import { domainWord } from '../i18n/domain-words'
import { axisColour, axisNameStyle, chartFont, gradeColours, gridLineColour, labelStyle, subtitleStyle, titleStyle } from './chart-style'

export interface GradeCount {
  grade: string
  count: number
}

const ungraded = '不定等次'

/**
 * Grades in the order a report lists them: the scale's grades best first (a grade of the scale
 * missing from the input is drawn as 0 so a reader sees "no one was 不称职"), then any grade the
 * scale does not know in the order given, then 不定等次 when present.
 */
export function orderedGradeCounts(grades: readonly GradeCount[]): GradeCount[] {
  const byGrade = new Map<string, number>()
  for (const g of grades) byGrade.set(g.grade, (byGrade.get(g.grade) ?? 0) + g.count)
  const isQuarterly = grades.some((g) => (quarterlyGrades as readonly string[]).includes(g.grade))
  const isAnnual = grades.some((g) => (annualGrades as readonly string[]).includes(g.grade))
  const scale: readonly string[] = isQuarterly && !isAnnual ? quarterlyGrades : isAnnual ? annualGrades : []
  const out: GradeCount[] = scale.map((grade) => ({ grade, count: byGrade.get(grade) ?? 0 }))
  for (const [grade, count] of byGrade) {
    if (!scale.includes(grade) && grade !== ungraded) out.push({ grade, count })
  }
  if (byGrade.has(ungraded)) out.push({ grade: ungraded, count: byGrade.get(ungraded) ?? 0 })
  return out
}

/** a grade's share of everyone counted, in percent to one decimal (0 when no one was counted) */
export function gradeShare(count: number, total: number): number {
  return total > 0 ? roundHalfUp((count / total) * 100, 1) : 0
}

/** Bar chart of how many people got each grade in a period, each bar labelled "n 人 / share %". */
export function gradeDistributionOption(input: { grades: readonly GradeCount[]; title: string; total: number }): EChartsOption {
  const rows = orderedGradeCounts(input.grades)
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: chartFont },
    title: {
      text: input.title,
      subtext: t('charts.grade.subtitle', { total: input.total }),
      left: 'center',
      top: 12,
      textStyle: titleStyle,
      subtextStyle: subtitleStyle,
    },
    grid: { left: 72, right: 32, top: 96, bottom: 64 },
    xAxis: {
      type: 'category',
      name: t('charts.grade.axis.grade'),
      nameLocation: 'middle',
      nameGap: 36,
      nameTextStyle: axisNameStyle,
      data: rows.map((r) => domainWord(r.grade)),
      // every grade named under its bar: ECharts' automatic interval drops 较好 and 较差 on a narrow card
      axisLabel: { ...labelStyle, fontSize: 17, interval: 0, hideOverlap: false },
      axisLine: { lineStyle: { color: axisColour } },
      axisTick: { alignWithLabel: true, interval: 0 },
    },
    yAxis: {
      type: 'value',
      name: t('charts.grade.axis.count'),
      nameTextStyle: axisNameStyle,
      minInterval: 1,
      // headroom so the tallest bar's two-line label stays below the subtitle
      boundaryGap: [0, '25%'],
      axisLabel: labelStyle,
      splitLine: { lineStyle: { color: gridLineColour } },
    },
    series: [
      {
        type: 'bar',
        name: t('charts.grade.series'),
        barMaxWidth: 72,
        // each label is a plain string (not a callback) so the option stays serialisable and testable
        data: rows.map((r) => ({
          value: r.count,
          itemStyle: { color: gradeColours[r.grade] ?? '#7a8ca3' },
          label: { formatter: t('charts.grade.label', { count: r.count, share: gradeShare(r.count, input.total).toFixed(1) }) },
        })),
        label: { show: true, position: 'top', ...labelStyle, lineHeight: 20 },
      },
    ],
  }
}
