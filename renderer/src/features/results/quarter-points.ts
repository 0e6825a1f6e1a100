import { useEffect, useState } from 'react'
import type { AnnualDetail, PeriodResults, PersonExplanation } from '../../../../shared/contract'
import { rpc } from '../../lib/rpc'

export type QuarterPoint = AnnualDetail['quarters'][number]

export interface QuarterPoints {
  year: number | null
  points: QuarterPoint[] | null
  error: unknown
}

// a quarter's results are read once per computation: clicking through people re-uses them
const cache = new Map<string, Promise<PeriodResults>>()
function resultsOf(period: string, computedAt: string): Promise<PeriodResults> {
  const key = `${period}@${computedAt}`
  let p = cache.get(key)
  if (!p) {
    p = rpc('results-list', { period })
    p.catch(() => cache.delete(key))
    cache.set(key, p)
  }
  return p
}

/**
 * The person's quarterly totals and grades of the year: for an annual period, the quarters its
 * result drew on (as published); for a quarter, every computed quarter of its year, this one from
 * the explanation itself so a decision just made shows at once.
 */
export function useQuarterPoints(e: PersonExplanation): QuarterPoints {
  const [state, setState] = useState<QuarterPoints>({ year: null, points: null, error: null })
  const ownTotal = e.totalRounded ?? e.total
  useEffect(() => {
    let live = true
    const done = (s: QuarterPoints) => live && setState(s)
    setState({ year: null, points: null, error: null })
    void (async () => {
      try {
        const periods = await rpc('period-list', {})
        const own = periods.find((p) => p.id === e.period)
        const year = own?.year ?? (Number.parseInt(e.period, 10) || null)
        if (e.kind === 'annual') return done({ year, points: e.annual?.quarters ?? [], error: null })
        if (e.kind !== 'quarter' || !own) return done({ year, points: [], error: null })
        const quarters = periods.filter((p) => p.kind === 'quarter' && p.year === own.year && p.computedAt).sort((a, b) => a.id.localeCompare(b.id))
        const points: QuarterPoint[] = []
        for (const q of quarters) {
          if (q.id === e.period) {
            if (ownTotal !== null) points.push({ period: q.id, total: ownTotal, grade: e.grade })
            continue
          }
          const row = (await resultsOf(q.id, q.computedAt as string)).rows.find((r) => r.staffNo === e.staffNo)
          if (row && row.total !== null) points.push({ period: q.id, total: row.total, grade: row.grade })
        }
        done({ year, points, error: null })
      } catch (error) {
        done({ year: null, points: null, error })
      }
    })()
    return () => {
      live = false
    }
  }, [e.period, e.kind, e.staffNo, e.grade, e.annual, ownTotal])
  return state
}
