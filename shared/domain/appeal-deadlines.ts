/**
 * rule: appeal deadlines (domain.md, "Appeals"): 复核 within 30 days of the notice, decided within 30;
 * 申诉 within 15 days of the 复核 decision, or 30 days of the notice when filed directly without a
 * 复核, decided within 60. All calendar days, as the domain brief states.
 *
 * Counting follows the usual rule for legal time limits: the day the period starts from is not
 * counted, so "30 days from 2025-03-01" ends on 2025-03-31 and a filing on that day is on time. The
 * statute's roll-forward of a last day that falls on a holiday is not applied: the brief asks for
 * calendar days, and a late flag only prompts the committee, which decides on the facts.
 */
export type AppealKind = '复核' | '申诉'

export interface AppealDeadlineSettings {
  reviewFileDays: number
  reviewDecideDays: number
  appealAfterReviewDays: number
  appealDirectDays: number
  appealDecideDays: number
}

export const defaultAppealDeadlines: AppealDeadlineSettings = {
  reviewFileDays: 30,
  reviewDecideDays: 30,
  appealAfterReviewDays: 15,
  appealDirectDays: 30,
  appealDecideDays: 60,
}

export interface AppealDates {
  kind: AppealKind
  /** the day the person learned the result: the notice's first day */
  noticeOn: string
  /** for a 申诉 after a 复核: the day the 复核 decision was received; null or absent = filed directly */
  reviewDecidedOn?: string | null
  filedOn: string
}

export interface AppealDeadlines {
  /** what the filing deadline counts from */
  from: 'notice' | 'review'
  fileBy: string
  late: boolean
  /** calendar days after fileBy; 0 when on time */
  daysLate: number
  /** the day the decision is due, counted from the filing */
  decideBy: string
}

const DAY_MS = 86_400_000

function toDay(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) throw new RangeError(`not an ISO date: ${iso}`)
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  if (new Date(t).toISOString().slice(0, 10) !== iso) throw new RangeError(`not a calendar date: ${iso}`)
  return t / DAY_MS
}

const fromDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10)

export function appealDeadlines(dates: AppealDates, settings: AppealDeadlineSettings = defaultAppealDeadlines): AppealDeadlines {
  const afterReview = dates.kind === '申诉' && dates.reviewDecidedOn != null
  const from = afterReview ? 'review' : 'notice'
  const anchor = toDay(afterReview ? (dates.reviewDecidedOn as string) : dates.noticeOn)
  const days = dates.kind === '复核' ? settings.reviewFileDays : afterReview ? settings.appealAfterReviewDays : settings.appealDirectDays
  const fileBy = anchor + days
  const filed = toDay(dates.filedOn)
  const decide = dates.kind === '复核' ? settings.reviewDecideDays : settings.appealDecideDays
  return {
    from,
    fileBy: fromDay(fileBy),
    late: filed > fileBy,
    daysLate: Math.max(0, filed - fileBy),
    decideBy: fromDay(filed + decide),
  }
}
