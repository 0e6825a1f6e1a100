import { describe, expect, it } from 'vitest'
import { resultDifferences } from '../../../shared/domain/exchange-conflicts'
import { exchangeKeyProblem, normaliseExchangeKey } from '../../../shared/domain/exchange-key'
import { exchangeLimits, packageLimitProblem } from '../../../shared/domain/exchange-limits'

const entry = (name: string, compressedSize: number, uncompressedSize: number) => ({ name, compressedSize, uncompressedSize })

describe('rule: a package is refused before inflating when the file, an entry, the total or an entry’s ratio is over the limits, or a name repeats', () => {
  it('lets a normal package through', () => {
    expect(packageLimitProblem(9_000, [entry('manifest.json', 800, 3_000), entry('data/ratings.jsonl', 40_000, 600_000)])).toBeNull()
  })
  it('names what is over', () => {
    expect(packageLimitProblem(exchangeLimits.fileBytes + 1, [])).toEqual({ kind: 'file-size', bytes: exchangeLimits.fileBytes + 1 })
    expect(packageLimitProblem(1, Array.from({ length: 65 }, (_, i) => entry(`data/t${i}.jsonl`, 1, 1)))).toMatchObject({ kind: 'entries', count: 65 })
    expect(packageLimitProblem(1, [entry('a', 1, 1), entry('a', 1, 1)])).toEqual({ kind: 'duplicate', name: 'a' })
    expect(packageLimitProblem(1, [entry('a', 1e6, exchangeLimits.entryBytes + 1)])).toMatchObject({ kind: 'entry-size', name: 'a' })
    expect(packageLimitProblem(1, [entry('a', 1e6, 200e6), entry('b', 1e6, 200e6), entry('c', 1e6, 200e6)])).toMatchObject({ kind: 'total-size' })
  })
  it('refuses a zip bomb by its ratio, but not a tiny entry that merely compresses well', () => {
    expect(packageLimitProblem(1, [entry('data/results.jsonl', 1_000, 10_000_000)])).toEqual({ kind: 'ratio', name: 'data/results.jsonl', ratio: 10_000 })
    expect(packageLimitProblem(1, [entry('data/notices.jsonl', 2, 60_000)])).toBeNull()
  })
})

describe('rule: a shared key has at least 16 characters and at most 1024, and not one character repeated', () => {
  it('reads a key without the whitespace around it (a key file ends with a line break)', () => {
    expect(normaliseExchangeKey('  两个单位约定的一句长密钥\n')).toBe('两个单位约定的一句长密钥')
  })
  it('counts characters, not bytes', () => {
    expect(exchangeKeyProblem('一二三四五六七八九十一二三四五')).toBe('short')
    expect(exchangeKeyProblem('一二三四五六七八九十一二三四五六')).toBeNull()
    expect(exchangeKeyProblem('a'.repeat(1025))).toBe('long')
    expect(exchangeKeyProblem('x'.repeat(20))).toBe('repeated')
    expect(exchangeKeyProblem(`${' '.repeat(10)}short\n`)).toBe('short')
  })
})

describe('rule: a period present on both sides conflicts when any person’s total, rank or grade differs, or a result is on one side only', () => {
  const r = (staffNo: string, total: number | null, rank: number | null, grade: string) => ({ staffNo, total, rank, grade })
  it('agrees on the same results in any order', () => {
    expect(resultDifferences([r('S01', 95, 1, '好'), r('S02', 90, 2, '较好')], [r('S02', 90, 2, '较好'), r('S01', 95, 1, '好')])).toEqual([])
  })
  it('names each difference by person and field', () => {
    expect(resultDifferences([r('S01', 95, 1, '好'), r('S03', null, null, '不定等次')], [r('S01', 60, 7, '一般'), r('S02', 90, 2, '好')])).toEqual([
      { staffNo: 'S01', field: 'total', ours: 95, theirs: 60 },
      { staffNo: 'S01', field: 'rank', ours: 1, theirs: 7 },
      { staffNo: 'S01', field: 'grade', ours: '好', theirs: '一般' },
      { staffNo: 'S02', field: 'presence', ours: null, theirs: '好' },
      { staffNo: 'S03', field: 'presence', ours: '不定等次', theirs: null },
    ])
  })
  it('takes a period with no results here as differing from one with results', () => {
    expect(resultDifferences([], [r('S01', 95, 1, '好')])).toHaveLength(1)
  })
})
