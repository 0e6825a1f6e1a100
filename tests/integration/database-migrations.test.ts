import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { sql, type Kysely } from 'kysely'
import { openDatabase, DatabaseRefused } from '../../electron/db/open-database'
import { migrations } from '../../electron/db/migrations'
import { tempDir } from '../support/temp-dir'

// A migration from a future version: numbered after every real one.
const extra = {
  id: migrations.length + 1,
  name: `${String(migrations.length + 1).padStart(3, '0')}-test-extra`,
  up: async (db: Kysely<unknown>) => {
    await db.schema.createTable('extra_table').addColumn('id', 'integer').execute()
  },
}

describe('database file and migrations', () => {
  const tmp = tempDir()
  afterEach(() => undefined)

  it('creates a new database with WAL, foreign keys and every migration recorded', async () => {
    const file = path.join(tmp.dir, 'fresh.db')
    const opened = await openDatabase(file, { create: true })
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    const applied = await opened.db.selectFrom('schema_migrations').selectAll().execute()
    expect(applied.map((m) => m.name)).toEqual(migrations.map((m) => m.name))
    expect(opened.backupPath).toBeNull()
    await opened.close()
  })

  it('backs the file up before running a new migration on existing data', async () => {
    const file = path.join(tmp.dir, 'upgrade.db')
    const first = await openDatabase(file, { create: true })
    await first.db.insertInto('settings').values({ key: 'unit.name', value: '"示例镇"' }).execute()
    await first.close()
    const second = await openDatabase(file, { migrations: [...migrations, extra] })
    expect(second.backupPath).not.toBeNull()
    expect(fs.existsSync(second.backupPath!)).toBe(true)
    const tables = await sql<{ name: string }>`select name from sqlite_master where name = 'extra_table'`.execute(second.db)
    expect(tables.rows).toHaveLength(1)
    await second.close()
    // the backup still holds the data as it was, without the new table
    const backup = await openDatabase(second.backupPath!)
    const row = await backup.db.selectFrom('settings').selectAll().executeTakeFirst()
    expect(row?.value).toBe('"示例镇"')
    await backup.close()
  })

  it('refuses a database made by a newer version (unknown migrations)', async () => {
    const file = path.join(tmp.dir, 'newer.db')
    const made = await openDatabase(file, { create: true, migrations: [...migrations, extra] })
    await made.close()
    await expect(openDatabase(file)).rejects.toThrow(DatabaseRefused)
    await expect(openDatabase(file)).rejects.toThrow(new RegExp(extra.name))
  })

  it('refuses a database whose recorded migrations are out of order', async () => {
    const file = path.join(tmp.dir, 'order.db')
    const made = await openDatabase(file, { create: true })
    made.sqlite.prepare("update schema_migrations set name = '001-something-else' where id = 1").run()
    await made.close()
    await expect(openDatabase(file)).rejects.toThrow(/001-initial/)
  })

  it('cleans up', () => {
    tmp.cleanup()
  })
})
