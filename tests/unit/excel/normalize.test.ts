import { describe, expect, it } from 'vitest'
import {
  cellText,
  keyText,
  normHeader,
  normStaffNo,
  parseDate,
  parseNumber,
  parseScore,
  parseWeight,
  parseYearMonth,
  splitList,
  StaffNumberIndex,
} from '../../../electron/excel/normalize'

describe('header normalisation', () => {
  it('removes every kind of blank, full-width forms, required marks and bracketed qualifiers', () => {
    expect(normHeader('工 号')).toBe('工号')
    expect(normHeader('姓\u3000名')).toBe('姓名')
    expect(normHeader(' 科室 ')).toBe('科室')
    expect(normHeader('分数（百分制）')).toBe('分数')
    expect(normHeader('得分(满分100)')).toBe('得分')
    expect(normHeader('*工号')).toBe('工号')
    expect(normHeader('工号＊')).toBe('工号')
    expect(normHeader('权重【%】')).toBe('权重')
    expect(normHeader('部门：')).toBe('部门')
    expect(normHeader('ＡＢＣ')).toBe('abc')
    expect(normHeader(null)).toBe('')
  })
})

describe('cell text', () => {
  it('trims, writes integers without .0 and dates as ISO', () => {
    expect(cellText('  张三\u3000')).toBe('张三')
    expect(cellText('   ')).toBeNull()
    expect(cellText(123)).toBe('123')
    expect(cellText(123.5)).toBe('123.5')
    expect(cellText(new Date(Date.UTC(2025, 0, 31)))).toBe('2025-01-31')
    expect(keyText('王  五')).toBe('王五')
    expect(keyText('Ｄ１')).toBe('D1')
  })
})

describe('numbers', () => {
  it('reads numbers, numeric text, full-width digits and percentages', () => {
    expect(parseNumber(85)).toEqual({ ok: true, value: 85, percent: false })
    expect(parseNumber('85')).toEqual({ ok: true, value: 85, percent: false })
    expect(parseNumber(' 85.5 ')).toEqual({ ok: true, value: 85.5, percent: false })
    expect(parseNumber('８５')).toEqual({ ok: true, value: 85, percent: false })
    expect(parseNumber('８５．５')).toEqual({ ok: true, value: 85.5, percent: false })
    expect(parseNumber('85%')).toEqual({ ok: true, value: 85, percent: true })
    expect(parseNumber('８５％')).toEqual({ ok: true, value: 85, percent: true })
    expect(parseNumber('1,234.5')).toEqual({ ok: true, value: 1234.5, percent: false })
    expect(parseNumber('90分')).toEqual({ ok: true, value: 90, percent: false })
    expect(parseNumber('−3')).toEqual({ ok: true, value: -3, percent: false })
    expect(parseNumber('优').ok).toBe(false)
    expect(parseNumber('良好').ok).toBe(false)
    expect(parseNumber('85 90').ok).toBe(false)
    expect(parseNumber('').ok).toBe(false)
    expect(parseNumber(null).ok).toBe(false)
  })

  it('reads 85% in a score column as 85', () => {
    expect(parseScore('85%')).toBe(85)
    expect(parseScore('８５')).toBe(85)
    expect(parseScore('优')).toBeNull()
  })

  it('reads 15, 15% and 0.15 as the same weight (formats.md)', () => {
    expect(parseWeight(15)).toBeCloseTo(0.15, 12)
    expect(parseWeight('15%')).toBeCloseTo(0.15, 12)
    expect(parseWeight(0.15)).toBeCloseTo(0.15, 12)
    expect(parseWeight('0.15')).toBeCloseTo(0.15, 12)
    expect(parseWeight('１５％')).toBeCloseTo(0.15, 12)
    expect(parseWeight(100)).toBe(1)
    expect(parseWeight(1)).toBe(1)
    expect(parseWeight('十五')).toBeNull()
  })
})

describe('staff numbers', () => {
  it('are text: numbers lose .0, full-width and blanks are normalised', () => {
    expect(normStaffNo(123)).toBe('123')
    expect(normStaffNo(123.0)).toBe('123')
    expect(normStaffNo('123.0')).toBe('123')
    expect(normStaffNo(' 00123 ')).toBe('00123')
    expect(normStaffNo('Ｓ００１')).toBe('S001')
    expect(normStaffNo('S 001')).toBe('S001')
    expect(normStaffNo('')).toBeNull()
    expect(normStaffNo(null)).toBeNull()
  })

  it('match the roster exactly, or with lost leading zeros restored, and say which', () => {
    const index = new StaffNumberIndex<string>([
      ['00123', 'a'],
      ['S001', 'b'],
      ['0456', 'c'],
      ['00456', 'd'],
    ])
    expect(index.match('00123')).toEqual({ kind: 'exact', item: 'a', staffNo: '00123' })
    expect(index.match('123')).toEqual({ kind: 'zeros', item: 'a', staffNo: '00123' })
    expect(index.match('s001')).toEqual({ kind: 'exact', item: 'b', staffNo: 'S001' })
    expect(index.match('456')).toEqual({ kind: 'ambiguous', candidates: ['0456', '00456'] })
    expect(index.match('999')).toEqual({ kind: 'none' })
    expect(index.match('X9999')).toEqual({ kind: 'none' })
  })
})

describe('dates and lists', () => {
  it('reads dates from Date cells, serials and text', () => {
    expect(parseDate(new Date(Date.UTC(2025, 2, 31)))).toEqual({ ok: true, value: '2025-03-31' })
    expect(parseDate(45747)).toEqual({ ok: true, value: '2025-03-31' })
    expect(parseDate('2025/3/31')).toEqual({ ok: true, value: '2025-03-31' })
    expect(parseDate('2025年3月31日')).toEqual({ ok: true, value: '2025-03-31' })
    expect(parseDate('2025.02.30')).toEqual({ ok: false })
    expect(parseDate(null)).toEqual({ ok: true, value: null })
    expect(parseYearMonth('1988.05')).toBe('1988-05')
    expect(parseYearMonth('1988年5月')).toBe('1988-05')
    expect(parseYearMonth(198805)).toBe('1988-05')
    expect(parseYearMonth(new Date(Date.UTC(1990, 10, 1)))).toBe('1990-11')
  })

  it('splits scopes on 、 , ， ；', () => {
    expect(splitList('窗口服务、行政执法')).toEqual(['窗口服务', '行政执法'])
    expect(splitList('综合管理, 专业技术；窗口服务，城管局/执法一队')).toEqual(['综合管理', '专业技术', '窗口服务', '城管局/执法一队'])
    expect(splitList(null)).toEqual([])
  })
})
