import { describe, expect, it } from 'vitest'
import type { Period } from '../../../shared/contract'
import { openingYear } from '../../../shared/domain/uses-opening-year'

const period = (id: string, kind: Period['kind'], year: number, computed: boolean) => ({ id, kind, year, computedAt: computed ? '2026-01-05T08:00:00Z' : null }) as Period

describe('结果运用 opens on the latest year that has results', () => {
  it('a newer annual period that is only open does not win over a computed year', () => {
    expect(openingYear([period('2025', 'annual', 2025, true), period('2026', 'annual', 2026, false)])).toBe(2025)
  })
  it('a year with computed quarters only counts when no annual period is computed', () => {
    expect(openingYear([period('2025-Q4', 'quarter', 2025, true), period('2026-Q1', 'quarter', 2026, false)])).toBe(2025)
    expect(openingYear([period('2024', 'annual', 2024, true), period('2025-Q1', 'quarter', 2025, true)])).toBe(2024)
  })
  it('without results anywhere, the newest year; without periods, none', () => {
    expect(openingYear([period('2025-Q1', 'quarter', 2025, false), period('2026-Q1', 'quarter', 2026, false)])).toBe(2026)
    expect(openingYear([])).toBeNull()
  })
})
