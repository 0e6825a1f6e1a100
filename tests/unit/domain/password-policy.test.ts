import { describe, expect, it } from 'vitest'
import { defaultPasswordPolicy, passwordFaults } from '../../../shared/domain/password-policy'

describe('password policy: length and character classes (a unit setting)', () => {
  it('accepts a long password with three classes', () => {
    expect(passwordFaults('Kaohe-2026-ok', defaultPasswordPolicy, { name: 'clerk' })).toEqual([])
  })
  it('names every fault of a short, one-class password', () => {
    expect(passwordFaults('abc', defaultPasswordPolicy, { name: 'clerk' })).toEqual([
      { kind: 'short', minLength: 10 },
      { kind: 'classes', minClasses: 3, found: 1 },
    ])
  })
  it('counts characters, not bytes (Chinese passwords are as long as they look)', () => {
    expect(passwordFaults('考核考核考核考核考核A1', { minLength: 12, minClasses: 3 }, { name: 'x' })).toEqual([])
  })
  it('refuses the account name inside the password and the old password again', () => {
    expect(passwordFaults('Zhangsan-2026', defaultPasswordPolicy, { name: 'zhangsan' })).toEqual([{ kind: 'same-as-name' }])
    expect(passwordFaults('Kaohe-2026-ok', defaultPasswordPolicy, { name: 'clerk', old: 'Kaohe-2026-ok' })).toEqual([{ kind: 'unchanged' }])
  })
})
