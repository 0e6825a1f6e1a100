import { t } from '../../../../shared/i18n'

/** A person matches the search when the words appear in their staff number or name (case-insensitive). */
export function matchesPerson(p: { staffNo: string; name: string }, search: string): boolean {
  const q = search.trim().toLowerCase()
  if (!q) return true
  return p.staffNo.toLowerCase().includes(q) || p.name.toLowerCase().includes(q)
}

/** The distinct years present, newest first, for a year filter. */
export function yearChoices(years: readonly number[]): number[] {
  return [...new Set(years)].sort((a, b) => b - a)
}

/** The year filter's options: each year as text (the filter's value), worded 2025年. */
export function yearOptions(years: readonly number[]): { value: string; label: string }[] {
  return years.map((y) => ({ value: String(y), label: t('ui.history.yearOption', { year: y }) }))
}
