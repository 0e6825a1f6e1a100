import { t } from '../../../shared/i18n'
import { AppError } from '../../../shared/contract/app-error'

/** A real calendar date: 2025-02-30 has the right shape and is still refused, naming the date. */
export function assertDate(date: string, field: string): void {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const real = m !== null && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === date
  if (!real) throw new AppError('invalid-input', t('notice.error.badDate', { field, date }))
}

/** The office's date today, on the machine's own clock: a notice ends at local midnight, not UTC's. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** 2025-04-03 → 2025年4月3日, as a notice posted on a board writes dates. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

/** UTC weekday of an ISO date: 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay()
}
