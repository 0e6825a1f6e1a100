import { describe, expect, it } from 'vitest'
import { backupsToKeep, defaultKeepRule } from '../../../shared/domain/backup-rotation'

/** one backup a day at noon from `from` for `days` days, named by date */
function daily(from: string, days: number) {
  const start = new Date(`${from}T12:00:00`)
  return Array.from({ length: days }, (_, i) => {
    const d = new Date(start.getTime() + i * 86_400_000)
    const iso = d.toISOString()
    return { file: `b-${iso.slice(0, 10)}.db`, createdAt: iso }
  })
}

describe('backup rotation: the last 30 are kept, plus the newest of every month before them', () => {
  it('keeps everything while there are 30 or fewer', () => {
    const b = daily('2026-11-01', 30)
    expect(backupsToKeep(b, defaultKeepRule).size).toBe(30)
  })
  it('past 30, keeps the newest 30 and the last backup of each earlier month', () => {
    const b = daily('2026-08-10', 120) // 10 Aug .. 7 Dec
    const keep = backupsToKeep(b, defaultKeepRule)
    const newest = [...b].reverse().slice(0, 30).map((x) => x.file)
    for (const f of newest) expect(keep.has(f)).toBe(true)
    // the months before the last 30: August, September, October keep their last day
    expect(keep.has('b-2026-08-31.db')).toBe(true)
    expect(keep.has('b-2026-09-30.db')).toBe(true)
    expect(keep.has('b-2026-10-31.db')).toBe(true)
    expect(keep.has('b-2026-08-30.db')).toBe(false)
    expect(keep.has('b-2026-09-15.db')).toBe(false)
    expect(keep.size).toBe(33)
  })
  it('without the monthly copies keeps only the newest N, whatever order they come in', () => {
    const b = daily('2026-01-01', 10).reverse()
    const keep = backupsToKeep(b, { keepLast: 3, keepMonthly: false })
    expect([...keep].sort()).toEqual(['b-2026-01-08.db', 'b-2026-01-09.db', 'b-2026-01-10.db'])
  })
  it('never keeps fewer than one', () => {
    expect(backupsToKeep(daily('2026-01-01', 3), { keepLast: 0, keepMonthly: false }).size).toBe(1)
  })
})
