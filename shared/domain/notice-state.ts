/**
 * rule: the notice's state, from its dates and the period's status — the page header and the notice
 * card both read it, so they can never disagree (issue 16: the header said 正在公示 while the card
 * said 公示期已满). Dates are ISO strings compared as text; the end date was counted over the
 * working calendar when the notice was published.
 *
 * - final: the period is 已定档, whatever the dates
 * - upcoming: published, first day still ahead
 * - running: from the first to the last day, both included
 * - ended: the last day is past and the period waits for 定档
 */
export type NoticeState = 'upcoming' | 'running' | 'ended' | 'final'

export function noticeState(notice: { startDate: string; endDate: string }, periodFinal: boolean, today: string): NoticeState {
  if (periodFinal) return 'final'
  if (today < notice.startDate) return 'upcoming'
  if (today > notice.endDate) return 'ended'
  return 'running'
}
