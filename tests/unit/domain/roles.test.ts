import { describe, expect, it } from 'vitest'
import { mayGrant, separationConflict, type Role } from '../../../shared/domain/roles'

describe('三员分立: no account holds two of the three admin roles', () => {
  it('refuses a second admin role and names the one held', () => {
    expect(separationConflict(['sysadmin'], 'auditor')).toBe('sysadmin')
    expect(separationConflict(['secadmin'], 'sysadmin')).toBe('secadmin')
    expect(separationConflict(['auditor'], 'secadmin')).toBe('auditor')
  })
  it('keeps an admin role apart from assessment roles too, so no one audits or grants their own work', () => {
    expect(separationConflict(['clerk'], 'auditor')).toBe('clerk')
    expect(separationConflict(['auditor'], 'leader')).toBe('auditor')
  })
  it('lets assessment roles combine, and the same role be granted again (new departments)', () => {
    expect(separationConflict(['clerk'], 'leader')).toBeNull()
    expect(separationConflict(['leader', 'readonly'], 'clerk')).toBeNull()
    expect(separationConflict(['auditor'], 'auditor')).toBeNull()
  })
})

describe('the bootstrap rule: only the 安全保密管理员 grants, except the first 安全保密管理员 and 安全审计员', () => {
  const none = new Set<Role>(['sysadmin'])
  it('the 安全保密管理员 grants any role', () => {
    for (const r of ['clerk', 'leader', 'readonly', 'auditor', 'sysadmin'] as Role[]) expect(mayGrant(['secadmin'], r, new Set(['sysadmin', 'secadmin', 'auditor']))).toBe('granted')
  })
  it('the 系统管理员 creates the first 安全保密管理员 and the first 安全审计员, once each', () => {
    expect(mayGrant(['sysadmin'], 'secadmin', none)).toBe('bootstrap')
    expect(mayGrant(['sysadmin'], 'auditor', none)).toBe('bootstrap')
    expect(mayGrant(['sysadmin'], 'auditor', new Set<Role>(['sysadmin', 'secadmin']))).toBe('bootstrap')
    expect(mayGrant(['sysadmin'], 'secadmin', new Set<Role>(['sysadmin', 'secadmin']))).toBe('refused')
    expect(mayGrant(['sysadmin'], 'auditor', new Set<Role>(['sysadmin', 'secadmin', 'auditor']))).toBe('refused')
  })
  it('the 系统管理员 never grants assessment roles, nor does anyone else', () => {
    expect(mayGrant(['sysadmin'], 'clerk', none)).toBe('refused')
    expect(mayGrant(['clerk'], 'leader', none)).toBe('refused')
    expect(mayGrant(['auditor'], 'readonly', none)).toBe('refused')
  })
})
