import fs from 'node:fs'
import path from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { cli, cliAs } from '../support/run-cli'
import { fixturesDir, tempDir } from '../support/temp-dir'
import { usage } from '../../electron/cli/usage'
import { migrations } from '../../electron/db/migrations'

/** the schema version a backup records: this version's last migration */
const LATEST_MIGRATION = migrations[migrations.length - 1].id

const tmp = tempDir('kaohe-backup-cli-')
const db = path.join(tmp.dir, 'kaohe.db')
afterAll(() => tmp.cleanup())

describe('kaohe backup: the shapes other programs read', () => {
  it('backup create [--reason TEXT] prints the backup file’s path last', async () => {
    const r = await cliAs(db, 'sysadmin', 'backup', 'create', '--reason', '年终归档前')
    expect(r.code, r.err).toBe(0)
    const last = r.out.trim().split('\n').at(-1)!
    expect(last).toBe(path.join(`${db}.backups`, path.basename(last)))
    expect(fs.statSync(last).size).toBeGreaterThan(0)
    expect(r.out).toContain('手动备份')
  })

  it('backup list --json: [{file, createdAt, reason, schemaVersion, sha256, bytes}], newest first', async () => {
    expect((await cli(db, 'import', 'roster', path.join(fixturesDir, 'roster.xlsx'))).code).toBe(0)
    const r = await cliAs(db, 'sysadmin', 'backup', 'list', '--json')
    expect(r.code, r.err).toBe(0)
    const rows = JSON.parse(r.out) as Record<string, unknown>[]
    expect(rows).toHaveLength(2)
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(['file', 'createdAt', 'reason', 'schemaVersion', 'sha256', 'bytes'])
      expect(fs.existsSync(row.file as string)).toBe(true)
      expect(row.sha256).toMatch(/^[0-9a-f]{64}$/)
      expect(row.bytes).toBe(fs.statSync(row.file as string).size)
      expect(row.schemaVersion).toBe(LATEST_MIGRATION)
    }
    expect(rows.map((x) => x.reason)).toEqual(['import', '年终归档前'])
    expect(Date.parse(rows[0].createdAt as string)).toBeGreaterThanOrEqual(Date.parse(rows[1].createdAt as string))
  })

  it('backup list without --json: one line a backup, in words', async () => {
    const r = await cliAs(db, 'sysadmin', 'backup', 'list')
    expect(r.code).toBe(0)
    expect(r.out).toContain('导入前自动备份')
    expect(r.out).toContain('手动备份：年终归档前')
  })

  it('backup restore FILE: a file failing its checks exits 1 with the reason, nothing changed', async () => {
    const foreign = path.join(tmp.dir, 'notes.db')
    const f = new SqliteDatabase(foreign)
    f.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY)')
    f.close()
    const before = fs.readFileSync(db)
    const r = await cliAs(db, 'sysadmin', 'backup', 'restore', foreign)
    expect(r.code).toBe(1)
    expect(r.err).toContain('不是考核系统的数据库')
    expect(r.err).not.toMatch(/Error|at \S+:\d+/)
    expect(fs.readFileSync(db).equals(before)).toBe(true)
    const missing = await cliAs(db, 'sysadmin', 'backup', 'restore', 'no-such-backup.db')
    expect(missing.code).toBe(1)
    expect(missing.err).toContain('找不到文件')
  })

  it('is the 系统管理员’s: the clerk is refused with exit 4', async () => {
    const r = await cli(db, 'backup', 'create')
    expect(r.code).toBe(4)
  })

  it('backup restore FILE: the backup put back, and everyone told to sign in again', async () => {
    const rows = JSON.parse((await cliAs(db, 'sysadmin', 'backup', 'list', '--json')).out) as { file: string; reason: string }[]
    const beforeImport = rows.find((x) => x.reason === '年终归档前')!
    const r = await cliAs(db, 'sysadmin', 'backup', 'restore', beforeImport.file)
    expect(r.code, r.err).toBe(0)
    expect(r.out).toContain('kaohe login')
    const restored = new SqliteDatabase(db, { readonly: true })
    try {
      expect((restored.prepare('SELECT count(*) AS n FROM people').get() as { n: number }).n).toBe(0)
    } finally {
      restored.close()
    }
    const after = await cliAs(db, 'sysadmin', 'backup', 'list')
    expect(after.code).toBe(1)
    expect(after.err).toContain('重新登录')
  })

  it('is in the usage text', () => {
    expect(usage()).toMatch(/backup create \[--reason 说明\]/)
    expect(usage()).toMatch(/backup list \[--json\]/)
    expect(usage()).toMatch(/backup restore 文件/)
  })
})
