import type { Period } from '../contract'

/**
 * The year 结果运用 opens on: the latest year with computed results (an annual period, else any
 * quarter), since the lists come from grades. A newer year whose annual period is only open would
 * show empty lists and look as if nothing had been decided. Without any results, the newest year.
 */
export function openingYear(periods: readonly Period[]): number | null {
  const computed = periods.filter((p) => p.computedAt !== null)
  const latest = (list: readonly Period[]) => (list.length === 0 ? null : Math.max(...list.map((p) => p.year)))
  return latest(computed.filter((p) => p.kind === 'annual')) ?? latest(computed) ?? latest(periods)
}
