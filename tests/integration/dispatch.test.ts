import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBackend, type Backend } from '../../electron/rpc/backend'
import type { Credential } from '../../electron/core/context'
import { tempDir } from '../support/temp-dir'
import { signInAs } from '../support/accounts'

describe('the one dispatch', () => {
  const tmp = tempDir()
  let backend: Backend
  let clerk: Credential
  beforeAll(async () => {
    backend = await openBackend(path.join(tmp.dir, 'dispatch.db'), { create: true })
    clerk = await signInAs(backend.dispatcher, 'clerk')
  })
  afterAll(async () => {
    await backend.close()
    tmp.cleanup()
  })
  const count = async (table: 'audit_log' | 'periods') =>
    Number((await backend.database.db.selectFrom(table).select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)

  it('writes an audit entry (who, when, method, before, after) with every change', async () => {
    const r = await backend.dispatcher.call(clerk, 'settings-update', {
      roleWeights: { 领导: 0.6, 互评: 0.2, 自评: 0.1, 群众: 0.1 },
      trimAbove: 5,
      quarterly: { thresholds: { good: 90, fair: 80, poor: 60 }, goodQuota: 0.4 },
      bonusCap: 5,
    })
    expect(r.ok).toBe(true)
    const audit = await backend.database.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow()
    expect(audit.method).toBe('settings-update')
    expect(audit.user_name).toBe('clerk')
    expect(audit.user_role).toBe('clerk')
    expect(JSON.parse(audit.before!).roleWeights.领导).toBe(0.5)
    expect(JSON.parse(audit.after!).roleWeights.领导).toBe(0.6)
    expect(new Date(audit.at).getTime()).toBeGreaterThan(Date.now() - 60_000)
  })

  it('leaves the database as it was when a changing call fails', async () => {
    const before = { audit: await count('audit_log'), periods: await count('periods') }
    const r = await backend.dispatcher.call(clerk, 'period-create', { id: '2025-Q1', kind: 'quarter', scheme: '不存在的方案' })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('not-found')
      expect(r.error.message).toContain('不存在的方案')
    }
    expect({ audit: await count('audit_log'), periods: await count('periods') }).toEqual(before)
  })

  it('refuses a changing call from a read-only account, naming the role and the action', async () => {
    const reader = await signInAs(backend.dispatcher, 'readonly')
    const before = { audit: await count('audit_log'), settings: await backend.dispatcher.call(clerk, 'settings-get', {}) }
    const r = await backend.dispatcher.call(reader, 'settings-update', {
      roleWeights: { 领导: 0.5, 互评: 0.3, 自评: 0.1, 群众: 0.1 },
      trimAbove: 5,
      quarterly: { thresholds: { good: 90, fair: 80, poor: 60 }, goodQuota: 0.4 },
      bonusCap: 5,
    })
    expect(r).toEqual({ ok: false, error: { code: 'forbidden', message: '当前角色“只读”不能修改计分规则。' } })
    expect({ audit: await count('audit_log'), settings: await backend.dispatcher.call(clerk, 'settings-get', {}) }).toEqual(before)
  })

  it('rolls back and says so when the caller cancels', async () => {
    const controller = new AbortController()
    controller.abort()
    const r = await backend.dispatcher.call(clerk, 'settings-get', {}, { signal: controller.signal })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.code).toBe('cancelled')
  })
})

describe('the language of the answers', () => {
  const tmp = tempDir()
  let backend: Backend
  let clerk: Credential
  beforeAll(async () => {
    backend = await openBackend(path.join(tmp.dir, 'locale.db'), { create: true })
    clerk = await signInAs(backend.dispatcher, 'clerk')
  })
  afterAll(async () => {
    await backend.dispatcher.call(clerk, 'system-locale', { locale: 'zh-CN' })
    await backend.close()
    tmp.cleanup()
  })

  it('follows the screen: Chinese by default, English after system-locale, Chinese again after', async () => {
    const refusal = async () => {
      const r = await backend.dispatcher.call(clerk, 'results-list', { period: '2099-Q1' })
      if (r.ok) throw new Error('expected a refusal')
      return r.error.message
    }
    const invalid = async () => {
      const r = await backend.dispatcher.call(clerk, 'period-create', { id: '2099-Q1', kind: 'quarter' })
      if (r.ok) throw new Error('expected a refusal')
      return r.error.message
    }
    expect(await refusal()).toMatch(/[\u4e00-\u9fa5]/)
    expect(await backend.dispatcher.call(clerk, 'system-locale', { locale: 'en' })).toEqual({ ok: true, result: { locale: 'en' } })
    expect(await refusal()).not.toMatch(/[\u4e00-\u9fa5]/)
    expect(await invalid()).not.toMatch(/[\u4e00-\u9fa5]/)
    await backend.dispatcher.call(clerk, 'system-locale', { locale: 'zh-CN' })
    expect(await refusal()).toMatch(/[\u4e00-\u9fa5]/)
    expect(await invalid()).toMatch(/[\u4e00-\u9fa5]/)
  })
})

describe('settings the form does not send', () => {
  const tmp = tempDir()
  let backend: Backend
  let clerk: Credential
  beforeAll(async () => {
    backend = await openBackend(path.join(tmp.dir, 'settings.db'), { create: true })
    clerk = await signInAs(backend.dispatcher, 'clerk')
  })
  afterAll(async () => {
    await backend.close()
    tmp.cleanup()
  })

  it('keep their stored values when the rest is saved', async () => {
    const base = {
      roleWeights: { 领导: 0.5, 互评: 0.3, 自评: 0.1, 群众: 0.1 },
      trimAbove: 5,
      quarterly: { thresholds: { good: 90, fair: 80, poor: 60 }, goodQuota: 0.4 },
      bonusCap: 5,
    }
    const first = await backend.dispatcher.call(clerk, 'settings-update', { ...base, crossChecks: { deviationLimit: 20, leniencyLimit: 3, leniencyScore: 90, selfScoreGap: 12 } })
    expect(first.ok, JSON.stringify(first)).toBe(true)
    const second = await backend.dispatcher.call(clerk, 'settings-update', { ...base, bonusCap: 4 })
    expect(second.ok).toBe(true)
    const stored = await backend.dispatcher.call(clerk, 'settings-get', {})
    expect(stored.ok && stored.result).toMatchObject({ bonusCap: 4, crossChecks: { deviationLimit: 20, leniencyLimit: 3, selfScoreGap: 12 } })
  })
})
