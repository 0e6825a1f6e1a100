/**
 * The calendar window of a period from its id: `2025-Q1` → 2025-01-01..2025-03-31, `2025` → the year.
 * Special periods (`2025-S…`) span their year until dates are set on them.
 */
export interface PeriodWindow {
  year: number
  start: string
  end: string
  quarter: 1 | 2 | 3 | 4 | null
  special: string | null
}

export function periodWindow(id: string, kind: 'quarter' | 'annual' | 'special'): PeriodWindow | null {
  const m = /^(\d{4})(?:-Q([1-4])|-S(.+))?$/.exec(id)
  if (!m) return null
  const year = Number(m[1])
  if (year < 2000 || year > 2100) return null
  const whole = { year, start: ymd(year, 1, 1), end: ymd(year, 12, 31), quarter: null, special: null }
  if (kind === 'quarter') {
    if (!m[2]) return null
    const q = Number(m[2]) as 1 | 2 | 3 | 4
    const startMonth = (q - 1) * 3 + 1
    const endMonth = startMonth + 2
    const lastDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate()
    return { year, start: ymd(year, startMonth, 1), end: ymd(year, endMonth, lastDay), quarter: q, special: null }
  }
  if (kind === 'annual') return m[2] || m[3] ? null : whole
  return m[3] ? { ...whole, special: m[3] } : null
}

function ymd(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}
