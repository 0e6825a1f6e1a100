import { t } from '../../../shared/i18n'
import type { PeriodReportInput } from './report-input'

export function percent(share: number): string {
  return `${Number((share * 100).toFixed(2))}%`
}

/** The office reads times on its own clock, to the minute; text that is no time is shown as it is. */
export function localDateTime(at: string | Date): string {
  const d = new Date(at)
  if (Number.isNaN(d.getTime())) return String(at)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`
}

/** “2025年度考核” already ends in 考核; “2025年度” reads 2025年度考核 */
export function periodWords(name: string): string {
  return name.endsWith('考核') ? name : t('annualReport.periodAssessment', { name })
}

/** A sheet title's words as the period report says them: the period's own name. */
export function periodTitled(input: PeriodReportInput) {
  return { unit: input.unitName, period: input.period.name }
}

/**
 * A sheet title's words as the annual report and 部门汇总 say them: “2025年度” reads 2025年度考核
 * (the period report keeps a quarter's name as it is, whether or not it ends in 考核).
 */
export function assessmentTitled(input: PeriodReportInput) {
  return { unit: input.unitName, period: periodWords(input.period.name) }
}
