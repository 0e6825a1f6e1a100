import { describe, expect, it } from 'vitest'
import { exportFileName, periodFileLabel, unitTitle } from '../../../electron/excel/write/file-name'

const q1 = { id: '2025-Q1', kind: 'quarter', year: 2025, name: '2025年第一季度平时考核' }

describe('one pattern for every exported file: 单位-周期-内容.xlsx', () => {
  it('names a quarter by its year and quarter, a year as 2025年度, a special period by its own name', () => {
    expect(periodFileLabel(q1)).toBe('2025年第一季度')
    expect(periodFileLabel({ id: '2025', kind: 'annual', year: 2025, name: '2025年度考核' })).toBe('2025年度')
    expect(periodFileLabel({ id: '2025-S专项', kind: 'special', year: 2025, name: '2025年专项考核：防汛' })).toBe('2025年专项考核：防汛')
  })

  it('joins unit, period and content with hyphens', () => {
    expect(exportFileName({ unit: '示例镇人民政府', period: q1, content: '考核结果' })).toBe('示例镇人民政府-2025年第一季度-考核结果.xlsx')
    expect(exportFileName({ unit: '示例镇人民政府', period: '2025年度', content: '考核结果运用清单' })).toBe('示例镇人民政府-2025年度-考核结果运用清单.xlsx')
  })

  it('leaves the period out when the export belongs to none', () => {
    expect(exportFileName({ unit: '示例镇人民政府', content: '指标体系《平时考核2025》第1版' })).toBe('示例镇人民政府-指标体系《平时考核2025》第1版.xlsx')
  })

  it('replaces the characters Windows refuses in each part, so a slash cannot make a folder', () => {
    expect(exportFileName({ unit: '某局/办公室', period: q1, content: '人员名册：综合处/2025?' })).toBe('某局_办公室-2025年第一季度-人员名册：综合处_2025_.xlsx')
  })

  it('puts the unit before a title', () => {
    expect(unitTitle('示例镇人民政府', '2025年度考核结果运用说明')).toBe('示例镇人民政府2025年度考核结果运用说明')
  })
})
