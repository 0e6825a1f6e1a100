import { describe, expect, it } from 'vitest'
import { withinScopedDepartments } from '../../../shared/domain/department-scope'

describe('rule: a department is within the scoped departments when it is one of them or lies under one of them', () => {
  it('reaches the scoped department itself', () => {
    expect(withinScopedDepartments('办公室', ['办公室'])).toBe(true)
  })

  it('reaches its sub-departments at any depth', () => {
    expect(withinScopedDepartments('城管局/执法一队', ['城管局'])).toBe(true)
    expect(withinScopedDepartments('城管局/执法一队/一中队', ['城管局'])).toBe(true)
    expect(withinScopedDepartments('城管局/执法一队/一中队', ['城管局/执法一队'])).toBe(true)
  })

  it('does not reach a department whose name only begins the same', () => {
    expect(withinScopedDepartments('办公室服务中心', ['办公室'])).toBe(false)
    expect(withinScopedDepartments('城管局/执法一队二', ['城管局/执法一队'])).toBe(false)
  })

  it('does not reach the parent or a sibling of a scoped sub-department', () => {
    expect(withinScopedDepartments('城管局', ['城管局/执法一队'])).toBe(false)
    expect(withinScopedDepartments('城管局/执法二队', ['城管局/执法一队'])).toBe(false)
  })

  it('reaches a department under any one of several scoped departments', () => {
    expect(withinScopedDepartments('业务科', ['办公室', '业务科'])).toBe(true)
    expect(withinScopedDepartments('财务科', ['办公室', '业务科'])).toBe(false)
  })

  it('reaches everything without a scope (the whole unit) and nothing with an empty one', () => {
    expect(withinScopedDepartments('任何部门/任何科室', null)).toBe(true)
    expect(withinScopedDepartments('办公室', [])).toBe(false)
  })
})
