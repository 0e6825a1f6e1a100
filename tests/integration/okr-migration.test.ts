import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { openDatabase } from '../../electron/db/open-database'
import { migrations } from '../../electron/db/migrations'
import { tempDir } from '../support/temp-dir'

describe('migration 006 (objectives and key results) on a database of the previous version', () => {
  const tmp = tempDir()
  afterAll(() => tmp.cleanup())

  it('backs the file up, adds the three tables and keeps what was there', async () => {
    const file = path.join(tmp.dir, 'before-okr.db')
    const upTo005 = migrations.filter((m) => m.id <= 5)
    const old = await openDatabase(file, { create: true, migrations: upTo005 })
    await old.db.insertInto('departments').values({ name: '办公室', path: '办公室', parent_id: null }).execute()
    await old.close()

    const opened = await openDatabase(file)
    expect(opened.backupPath).toMatch(/\.backups[\\/].*-migration\.db$/)
    expect(fs.existsSync(opened.backupPath!)).toBe(true)
    const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name in ('objectives', 'key_results', 'kr_progress') order by name`.execute(opened.db)
    expect(tables.rows.map((r) => r.name)).toEqual(['key_results', 'kr_progress', 'objectives'])
    expect((await opened.db.selectFrom('departments').select('path').execute()).map((d) => d.path)).toEqual(['办公室'])

    // an objective has exactly one owner, a person or a department
    const row = { title: '目标', start_date: '2025-01-01', due_date: '2025-12-31', note: null, batch_id: null, source_row: null, created_by: 'x', created_at: 'now', updated_by: 'x', updated_at: 'now' }
    await expect(opened.db.insertInto('objectives').values({ ...row, owner_person_id: null, owner_department_id: null }).execute()).rejects.toThrow(/CHECK constraint/)
    await opened.db.insertInto('objectives').values({ ...row, owner_person_id: null, owner_department_id: 1 }).execute()
    await opened.close()
  })
})
