import { describe, expect, it } from 'vitest'
import type { ResultRow } from '../../../shared/contract'
import { resultSheetGroups } from '../../../electron/excel/write/result-sheets'
import { sheetName } from '../../../electron/excel/write/sheet-name'
import { fileSafe } from '../../../electron/excel/write/file-name'

const row = (staffNo: string, department: string): ResultRow =>
  ({ staffNo, name: staffNo, department, total: null, rank: null, grade: '称职', dimensions: {}, notes: [], proposedGrade: '称职', flags: [], exempted: [], annual: null }) as ResultRow

describe('sheetName: a name Excel accepts, unique in the workbook', () => {
  it('replaces the characters Excel refuses and keeps 31 characters', () => {
    const taken = new Set<string>()
    expect(sheetName('城管局/执法一队:夜[班]?*\\', taken)).toBe('城管局_执法一队_夜_班____')
    const long = '某某市某某区人民政府办公室综合科'.repeat(3)
    expect([...sheetName(long, taken)]).toHaveLength(31)
  })

  it('numbers a name already taken, within the 31', () => {
    const taken = new Set<string>()
    const long = '甲'.repeat(40)
    expect(sheetName(long, taken)).toBe('甲'.repeat(31))
    expect(sheetName(long, taken)).toBe(`${'甲'.repeat(28)}(2)`)
    expect(sheetName(long, taken)).toBe(`${'甲'.repeat(28)}(3)`)
    // two departments that differ only in a refused character meet as the same sheet name
    expect(sheetName('A/B', taken)).toBe('A_B')
    expect(sheetName('A:B', taken)).toBe('A_B(2)')
  })

  it('treats names that differ only in case as the same sheet, and never leaves a name empty or quoted', () => {
    const taken = new Set<string>()
    expect(sheetName('Office', taken)).toBe('Office')
    expect(sheetName('OFFICE', taken)).toBe('OFFICE(2)')
    expect(sheetName("'专家'", taken)).toBe('专家')
    expect(sheetName('  ', taken, '专家 1')).toBe('专家 1')
  })
})

describe('resultSheetGroups: one sheet per department in the office’s order, people in the results’ order', () => {
  it('orders departments as the roster created them, an unknown one last, and keeps the rank order within each', () => {
    const rows = [row('S5', '业务科'), row('S1', '办公室'), row('S9', '临时组'), row('S2', '业务科'), row('S3', '办公室')]
    const groups = resultSheetGroups(rows, ['办公室', '业务科'])
    expect(groups.map((g) => [g.name, g.staffNos])).toEqual([
      ['办公室', ['S1', 'S3']],
      ['业务科', ['S5', 'S2']],
      ['临时组', ['S9']],
    ])
  })

  it('names each sheet validly and uniquely even when department names do not make valid sheet names', () => {
    const groups = resultSheetGroups([row('S1', '执法/一队'), row('S2', '执法:一队'), row('S3', '甲'.repeat(35))], [])
    expect(groups.map((g) => g.name)).toEqual(['执法_一队', '执法_一队(2)', '甲'.repeat(31)])
    expect(groups.map((g) => g.department)).toEqual(['执法/一队', '执法:一队', '甲'.repeat(35)])
  })
})

describe('fileSafe: user text inside a file name Windows accepts', () => {
  it('replaces the characters Windows refuses, drops a trailing dot or space, caps the length', () => {
    expect(fileSafe('城管局/执法一队: "夜班" <A|B>?*')).toBe('城管局_执法一队_ _夜班_ _A_B_')
    expect(fileSafe('报告.  ')).toBe('报告')
    expect(fileSafe('\u0007')).toBe('_')
    expect([...fileSafe('甲'.repeat(200))]).toHaveLength(120)
  })
})
