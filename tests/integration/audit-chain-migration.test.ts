import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../electron/db/open-database'
import { migrations } from '../../electron/db/migrations'
import { openBackend } from '../../electron/rpc/backend'
import type { AuditVerification, CallOutcome } from '../../shared/contract'
import { tempDir } from '../support/temp-dir'
import { signInAs } from '../support/accounts'

describe('migration 007 (the audit hash chain) on a database of the previous version', () => {
  const tmp = tempDir()
  afterAll(() => tmp.cleanup())

  it('backs the file up, chains the entries already there in id order, and the log verifies', async () => {
    const file = path.join(tmp.dir, 'before-chain.db')
    const old = await openDatabase(file, { create: true, migrations: migrations.filter((m) => m.id <= 6) })
    // entries as version 006 wrote them: no links, no hashes, ids with a gap (an id is never reused)
    const entry = (i: number) => ({
      id: i === 3 ? 5 : i,
      at: `2025-0${i}-01T08:00:00.000Z`,
      user_name: '张三',
      user_role: 'admin',
      method: 'settings-update',
      entity: 'settings',
      entity_id: 'rules',
      before: i === 1 ? null : JSON.stringify({ bonusCap: i - 1 }),
      after: JSON.stringify({ bonusCap: i, note: '办公室' }),
    })
    await old.db.insertInto('audit_log').values([1, 2, 3, 4].map(entry)).execute()
    // and enough more that the migration chains them over several pages
    const insert = old.sqlite.prepare("insert into audit_log (at, user_name, user_role, method, entity, entity_id, before, after) values ('2025-06-01T08:00:00.000Z', '张三', 'admin', 'roster-import', 'person', ?, null, ?)")
    old.sqlite.transaction(() => {
      for (let i = 1; i <= 4_500; i++) insert.run(`P${i}`, JSON.stringify({ name: `人员${i}` }))
    })()
    await old.close()

    const backend = await openBackend(file)
    expect(backend.database.backupPath).toMatch(/\.backups[\\/].*-migration\.db$/)
    expect(fs.existsSync(backend.database.backupPath!)).toBe(true)
    const db = backend.database.db
    // the entries themselves are untouched, only linked
    const rows = await db.selectFrom('audit_log').selectAll().orderBy('id').execute()
    expect(rows).toHaveLength(4_504)
    expect(rows.slice(0, 5).map((r) => [r.id, r.prev_id, r.after])).toEqual([
      [1, null, entry(1).after],
      [2, 1, entry(2).after],
      [4, 2, entry(4).after],
      [5, 4, entry(3).after],
      [6, 5, JSON.stringify({ name: '人员1' })],
    ])
    expect(rows.every((r, i) => /^[0-9a-f]{64}$/.test(r.hash!) && r.prev_hash === (i === 0 ? null : rows[i - 1].hash))).toBe(true)
    expect(await db.selectFrom('audit_head').selectAll().execute()).toEqual([{ id: 1, last_id: 4_505, last_hash: rows.at(-1)!.hash, rows: 4_504 }])

    // the accounts are set up after the migration: their entries (first admin, logins, grants) follow the migrated ones
    const auditor = await signInAs(backend.dispatcher, 'auditor')
    const clerk = await signInAs(backend.dispatcher, 'clerk')
    const verify = async () => {
      const r: CallOutcome = await backend.dispatcher.call(auditor, 'audit-verify', {})
      if (!r.ok) throw new Error(r.error.message)
      return r.result as AuditVerification
    }
    const signedIn = await verify()
    expect(signedIn).toMatchObject({ ok: true })
    expect(signedIn.rows).toBeGreaterThan(4_504)
    // the next change continues the chain after the migrated entries
    const changed = await backend.dispatcher.call(clerk, 'settings-update', {
      roleWeights: { 领导: 0.6, 互评: 0.2, 自评: 0.1, 群众: 0.1 },
      trimAbove: 5,
      quarterly: { thresholds: { good: 90, fair: 80, poor: 60 }, goodQuota: 0.4 },
      bonusCap: 5,
    })
    expect(changed.ok).toBe(true)
    expect(await verify()).toMatchObject({ ok: true, rows: signedIn.rows + 1 })
    // and a migrated entry edited afterwards is caught like any other
    backend.database.sqlite.prepare("update audit_log set user_name = '李四' where id = 2").run()
    expect(await verify()).toMatchObject({ ok: false, problem: 'edited', id: 2 })
    await backend.close()
  })

  it('a fresh database starts with an empty head and an empty log that verifies', async () => {
    const backend = await openBackend(path.join(tmp.dir, 'fresh.db'), { create: true })
    expect(await backend.database.db.selectFrom('audit_head').selectAll().execute()).toEqual([{ id: 1, last_id: null, last_hash: null, rows: 0 }])
    // signing the auditor in writes the accounts' own entries, the first of the chain
    const auditor = await signInAs(backend.dispatcher, 'auditor')
    const setUp = Number((await backend.database.db.selectFrom('audit_log').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)
    const r = await backend.dispatcher.call(auditor, 'audit-verify', {})
    expect(r).toMatchObject({ ok: true, result: { ok: true, rows: setUp } })
    await backend.close()
  })
})
