import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBackend, type Backend } from '../../electron/rpc/backend'
import type { Credential } from '../../electron/core/context'
import type { AccountRow, AuditEntry, CallOutcome, LoginResult } from '../../shared/contract'
import { signInAs, testPasswords } from '../support/accounts'
import { tableSnapshot } from '../support/table-snapshot'
import { fixtureFile, tempDir } from '../support/temp-dir'

const none: Credential = { session: null }
const tmp = tempDir('kaohe-accounts-')
let backend: Backend
let admin: Credential
let sec: Credential
let auditor: Credential
const call = (c: Credential, method: string, input: unknown): Promise<CallOutcome> => backend.dispatcher.call(c, method, input)
async function ok<T>(c: Credential, method: string, input: unknown): Promise<T> {
  const r = await call(c, method, input)
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
  return r.result as T
}
const login = (name: string, password: string) => call(none, 'auth-login', { name, password })

beforeAll(async () => {
  backend = await openBackend(path.join(tmp.dir, 'accounts.db'), { create: true })
  admin = await signInAs(backend.dispatcher, 'sysadmin')
  sec = await signInAs(backend.dispatcher, 'secadmin')
  auditor = await signInAs(backend.dispatcher, 'auditor')
})
afterAll(async () => {
  await backend.close()
  tmp.cleanup()
})

describe('lockout', () => {
  it('five wrong passwords lock the account; the sixth, right, is refused with the time it unlocks; a reset unlocks', async () => {
    await ok(admin, 'account-add', { name: 'wang', password: testPasswords.initial })
    const messages: string[] = []
    for (let i = 0; i < 5; i++) {
      const r = await login('wang', 'Wrong-Password-1')
      expect(r.ok).toBe(false)
      if (!r.ok) messages.push(r.error.message)
    }
    expect(messages[0]).toContain('4')
    expect(messages[4]).toMatch(/已锁定，\d{4}-\d{2}-\d{2} \d{2}:\d{2} 后可再次登录/)
    const sixth = await login('wang', testPasswords.initial)
    expect(sixth.ok).toBe(false)
    if (!sixth.ok) {
      expect(sixth.error.code).toBe('unauthorized')
      expect(sixth.error.message).toMatch(/账号已锁定，\d{4}-\d{2}-\d{2} \d{2}:\d{2} 后可再次登录/)
    }
    const audit = await ok<AuditEntry[]>(auditor, 'audit-list', { user: 'wang', limit: 50 })
    const events = audit.map((e) => (e.after as { event?: string; reason?: string }).event + ':' + ((e.after as { reason?: string }).reason ?? ''))
    expect(events.filter((e) => e === 'login-failed:wrong-password')).toHaveLength(5)
    expect(events).toContain('lockout:')
    expect(events).toContain('login-failed:locked')
    const row = await ok<AccountRow>(admin, 'account-reset-password', { name: 'wang', password: 'Reset-Pass-2026!' })
    expect(row.lockedUntil).toBeNull()
    expect((await login('wang', 'Reset-Pass-2026!')).ok).toBe(true)
  })
})

describe('sessions', () => {
  it('a disabled account’s live session is refused at its next call', async () => {
    const clerk = await signInAs(backend.dispatcher, 'clerk')
    expect((await call(clerk, 'period-list', {})).ok).toBe(true)
    await ok(admin, 'account-disable', { name: 'clerk' })
    const r = await call(clerk, 'period-list', {})
    expect(r.ok ? 'ok' : r.error.code).toBe('unauthorized')
    if (!r.ok) expect(r.error.message).toContain('停用')
    const again = await login('clerk', testPasswords.working)
    expect(again.ok ? 'ok' : again.error.message).toContain('停用')
    await ok(admin, 'account-enable', { name: 'clerk' })
    expect((await login('clerk', testPasswords.working)).ok).toBe(true)
  })
  it('an expired session is refused with its own message, and logging out ends a session', async () => {
    const r = await ok<LoginResult>(none, 'auth-login', { name: 'secadmin', password: testPasswords.working })
    backend.database.sqlite.prepare(`update sessions set expires_at = '2000-01-01T00:00:00.000Z' where id = (select max(id) from sessions)`).run()
    const expired = await call({ session: r.token }, 'account-list', {})
    expect(expired.ok ? 'ok' : expired.error.message).toContain('过期')
    const fresh = await ok<LoginResult>(none, 'auth-login', { name: 'secadmin', password: testPasswords.working })
    await ok({ session: fresh.token }, 'auth-logout', {})
    const after = await call({ session: fresh.token }, 'account-list', {})
    expect(after.ok ? 'ok' : after.error.code).toBe('unauthorized')
  })
  it('a new account must change its first password before anything else; the change ends its other sessions', async () => {
    await ok(admin, 'account-add', { name: 'li', password: testPasswords.initial })
    await ok(sec, 'account-grant', { name: 'li', role: 'readonly' })
    const first = await ok<LoginResult>(none, 'auth-login', { name: 'li', password: testPasswords.initial })
    const second = await ok<LoginResult>(none, 'auth-login', { name: 'li', password: testPasswords.initial })
    expect(first.session.mustChangePassword).toBe(true)
    const blocked = await call({ session: first.token }, 'period-list', {})
    expect(blocked.ok ? 'ok' : blocked.error.code).toBe('password-change-required')
    const weak = await call({ session: first.token }, 'password-change', { old: testPasswords.initial, new: 'short' })
    expect(weak.ok ? 'ok' : weak.error.message).toContain('至少 10 个字符')
    await ok({ session: first.token }, 'password-change', { old: testPasswords.initial, new: testPasswords.working })
    expect((await call({ session: first.token }, 'period-list', {})).ok).toBe(true)
    const other = await call({ session: second.token }, 'period-list', {})
    expect(other.ok ? 'ok' : other.error.code).toBe('unauthorized')
  })
})

describe('grants: bootstrap and 三员分立', () => {
  it('the system admin may not grant assessment roles, nor a second bootstrap', async () => {
    await ok(admin, 'account-add', { name: 'zhao', password: testPasswords.initial })
    const grant = await call(admin, 'account-grant', { name: 'zhao', role: 'clerk' })
    expect(grant.ok ? 'ok' : grant.error.message).toContain('安全保密管理员')
    const second = await call(admin, 'account-add', { name: 'aud2', password: testPasswords.initial, role: 'auditor' })
    expect(second.ok ? 'ok' : second.error.code).toBe('forbidden')
    const list = await ok<AccountRow[]>(admin, 'account-list', {})
    expect(list.map((a) => a.name)).not.toContain('aud2')
  })
  it('refuses the grant that would make one account two of the three admins, naming both roles, and changes nothing', async () => {
    const before = tableSnapshot(backend.database.sqlite).hash
    const r = await call(sec, 'account-grant', { name: 'auditor', role: 'sysadmin' })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.message).toBe('三员分立：账号“auditor”已是“安全审计员”，不能再授予“系统管理员”。')
    expect(tableSnapshot(backend.database.sqlite).hash).toBe(before)
  })
  it('grants a role with departments by name, and refuses an unknown department', async () => {
    // the helper's cached clerk session ended when the account was disabled above: sign in afresh
    const { token } = await ok<LoginResult>(none, 'auth-login', { name: 'clerk', password: testPasswords.working })
    await ok({ session: token }, 'roster-import', { file: fixtureFile('roster.xlsx') })
    const row = await ok<AccountRow>(sec, 'account-grant', { name: 'zhao', role: 'leader', departments: ['党政办公室'] })
    expect(row.grants).toEqual([{ role: 'leader', departments: [{ id: expect.any(Number), path: '党政办公室' }] }])
    const bad = await call(sec, 'account-grant', { name: 'zhao', role: 'leader', departments: ['不存在的科'] })
    expect(bad.ok ? 'ok' : bad.error.message).toContain('不存在的科')
  })
})

describe('the audit log keeps logins and exports, never passwords', () => {
  it('records who exported which period, and no password text anywhere', async () => {
    const rows = backend.database.sqlite.prepare(`select * from audit_log`).all()
    const text = JSON.stringify(rows)
    for (const p of [testPasswords.initial, testPasswords.working, 'Reset-Pass-2026!', 'Wrong-Password-1']) expect(text).not.toContain(p)
    const exported = await ok<{ fileName: string }>(auditor, 'audit-export', {})
    const entries = await ok<AuditEntry[]>(auditor, 'audit-list', { entity: 'export', limit: 5 })
    expect(entries[0]).toMatchObject({ user: 'auditor', method: 'audit-export', entity: 'export' })
    expect((entries[0].after as { fileName: string }).fileName).toBe(exported.fileName)
    const v = await ok<{ ok: boolean }>(auditor, 'audit-verify', {})
    expect(v.ok).toBe(true)
  })
})

describe('first admin', () => {
  it('setup-admin is refused once an account exists', async () => {
    const r = await call(none, 'setup-admin', { name: 'other', password: testPasswords.initial })
    expect(r.ok ? 'ok' : r.error.code).toBe('conflict')
  })
  it('a predecessor’s database with data but no accounts gets its first admin the same way, recorded as the upgrade', async () => {
    const old = await openBackend(path.join(tmp.dir, 'old.db'), { create: true })
    old.database.sqlite.prepare(`insert into departments (name, path, parent_id) values ('办公室', '办公室', null)`).run()
    const status = await old.dispatcher.call(none, 'setup-status', {})
    expect(status.ok && status.result).toEqual({ needsAdmin: true, hasData: false })
    old.database.sqlite
      .prepare(`insert into people (staff_no, name, department_id, is_leader, status, created_at, updated_at) values ('S1', '张三', 1, 0, '参加', 'x', 'x')`)
      .run()
    const withData = await old.dispatcher.call(none, 'setup-status', {})
    expect(withData.ok && withData.result).toEqual({ needsAdmin: true, hasData: true })
    const a = await signInAs(old.dispatcher, 'sysadmin')
    const audit = await signInAs(old.dispatcher, 'auditor')
    void a
    const first = await old.dispatcher.call(audit, 'audit-list', { method: 'setup-admin' })
    expect(first.ok && (first.result as AuditEntry[])[0].after).toEqual({ name: 'admin', role: 'sysadmin', first: true, upgradedExistingData: true })
    await old.close()
  })
})
