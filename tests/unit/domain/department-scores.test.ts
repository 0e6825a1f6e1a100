import { describe, expect, it } from 'vitest'
import { departmentScoreSpread, lowestDepartments, type DepartmentMeans } from '../../../shared/domain/department-scores'

describe('rule: a department mean is the mean of its graded people’s published totals, rounded half-up to 2 decimals', () => {
  it('averages the totals as printed and rounds the mean half-up', () => {
    // 93.75 + 91 + 89.88 = 274.63 → 91.5433… → 91.54
    expect(departmentScoreSpread([93.75, 91, 89.88])).toEqual({ count: 3, mean: 91.54, max: 93.75, min: 89.88 })
    // 485.19 / 6 = 80.865 exactly: half-up gives 80.87 (a float division gives 80.86499…)
    expect(departmentScoreSpread([93.75, 91, 89.88, 82.56, 69.75, 58.25])?.mean).toBe(80.87)
  })

  it('uses the published (rounded) totals, not the full-precision ones', () => {
    // 90.004 and 90.005 print as 90.00 and 90.01: the mean of the printed column is 90.005 → 90.01
    expect(departmentScoreSpread([90.004, 90.005])).toEqual({ count: 2, mean: 90.01, max: 90.01, min: 90 })
  })

  it('gives no figures when nobody in the department is graded', () => {
    expect(departmentScoreSpread([])).toBeNull()
  })
})

describe('rule: the department lowest on a dimension has the lowest mean as shown; ties name every tied department', () => {
  const rows: DepartmentMeans[] = [
    { department: '办公室', means: { D: 90.5, J: 80, L: null } },
    { department: '业务科', means: { D: 85, J: 80, L: null } },
    { department: '财务科', means: { D: 88.123, J: 82 } },
  ]

  it('names the department with the lowest mean', () => {
    expect(lowestDepartments(rows, 'D')).toEqual({ departments: ['业务科'], mean: 85 })
  })

  it('names every department tied at the lowest mean, in the given order', () => {
    expect(lowestDepartments(rows, 'J')).toEqual({ departments: ['办公室', '业务科'], mean: 80 })
  })

  it('compares means as shown: 80.004 and 80 are a tie', () => {
    expect(lowestDepartments([{ department: 'A', means: { J: 80.004 } }, { department: 'B', means: { J: 80 } }], 'J')).toEqual({ departments: ['A', 'B'], mean: 80 })
  })

  it('leaves out departments without a mean; none at all gives null', () => {
    expect(lowestDepartments(rows, 'L')).toBeNull()
  })
})
