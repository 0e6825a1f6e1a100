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

/** The unit as a title names it: with the scope of a limited account's report (某局（范围：办公室）). */
function titledUnit(input: Pick<PeriodReportInput, 'unitName' | 'scope'>): string {
  return input.scope ? t('report.scope.unit', { unit: input.unitName, scope: input.scope }) : input.unitName
}

/** A sheet title's words as the period report says them: the period's own name. */
export function periodTitled(input: PeriodReportInput) {
  return { unit: titledUnit(input), period: input.period.name }
}

/**
 * A sheet title's words as the annual report and 部门汇总 say them: “2025年度” reads 2025年度考核
 * (the period report keeps a quarter's name as it is, whether or not it ends in 考核).
 */
export function assessmentTitled(input: PeriodReportInput) {
  return { unit: titledUnit(input), period: periodWords(input.period.name) }
}

/** The note a sheet of a limited report carries under its own (only these departments' people); none for the whole unit. */
export function scopeNotes(input: Pick<PeriodReportInput, 'scope'>, key: 'report.scope.summaryNote' | 'report.scope.detailNote' | 'report.scope.listNote'): string[] {
  return input.scope ? [t(key, { scope: input.scope })] : []
}
