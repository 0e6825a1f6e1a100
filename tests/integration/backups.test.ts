import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBackend } from '../../electron/rpc/backend'
import type { BackupList, CreatedBackup, LoginResult, RestoreResult } from '../../shared/contract'
import type { RuleSettings } from '../../shared/domain/settings'
import { signInAs, testPasswords } from '../support/accounts'
import { seededBackend, walkToReview, P } from '../support/fixture-in-review'
import type { ImportBackend } from '../support/import-backend'
import { tableSnapshot } from '../support/table-snapshot'
import { fixtureFile, tempDir } from '../support/temp-dir'
import type { Credential } from '../../electron/core/context'
import { backupBeforeMigration } from '../../electron/db/backups/take-backup'
import { migrations } from '../../electron/db/migrations'

/** the schema version a backup records: this version's last migration */
const LATEST_MIGRATION = migrations[migrations.length - 1].id

let k: ImportBackend
let admin: Credential
const scratch = tempDir('kaohe-backups-')

async function as<T>(who: Credential, method: string, input: unknown): Promise<T> {
  const r = await k.backend.dispatcher.call(who, method, input)
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
  return r.result as T
}
const list = () => as<BackupList>(admin, 'backup-list', {})
const live = () => k.backend.database
const sha = (file: string) => (fs.existsSync(file) ? crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex') : 'absent')
const liveBytes = () => [sha(live().path), sha(`${live().path}-wal`)]

beforeAll(async () => {
  k = await seededBackend('backups')
  admin = await signInAs(k.backend.dispatcher, 'sysadmin')
  await signInAs(k.backend.dispatcher, 'auditor') // an account in every backup, to read the log after a restore
}, 60_000)
afterAll(async () => {
  await k.close()
  scratch.cleanup()
})

describe('a backup through the online backup API', () => {
  it('copies every table exactly: opened in a fresh folder, every row of every table is the live one', async () => {
    const before = tableSnapshot(live().sqlite)
    const made = await as<CreatedBackup>(admin, 'backup-create', { reason: '月底例行' })
    expect(made.path).toBe(path.join(`${live().path}.backups`, made.file))
    expect(made).toMatchObject({ kind: 'manual', reason: '月底例行', schemaVersion: LATEST_MIGRATION, bytes: fs.statSync(made.path).size })
    expect(made.sha256).toBe(sha(made.path))
    // one self-contained file: no write-ahead log beside it
    expect(fs.existsSync(`${made.path}-wal`)).toBe(false)
    const copy = path.join(scratch.dir, 'fresh', 'kaohe.db')
    fs.mkdirSync(path.dirname(copy))
    fs.copyFileSync(made.path, copy)
    const reopened = await openBackend(copy)
    try {
      const restored = tableSnapshot(reopened.database.sqlite)
      expect(restored.counts).toEqual(before.counts)
      expect(restored.counts.people).toBeGreaterThan(30)
      expect(restored.hash).toBe(before.hash)
    } finally {
      await reopened.close()
    }
    const manifest = JSON.parse(fs.readFileSync(path.join(`${live().path}.backups`, 'manifest.json'), 'utf8'))
    expect(manifest.backups[0]).toMatchObject({ file: made.file, reason: '月底例行', sha256: made.sha256, schemaVersion: LATEST_MIGRATION })
  })

  it('a cancel while it copies leaves no file and no entry', async () => {
    const folder = `${live().path}.backups`
    const files = fs.readdirSync(folder).sort()
    const controller = new AbortController()
    const progress: number[] = []
    const r = await k.backend.dispatcher.call(admin, 'backup-create', {}, {
      signal: controller.signal,
      onProgress: (e) => {
        progress.push(e.total)
        controller.abort()
      },
    })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.code).toBe('cancelled')
    expect(progress.length).toBeGreaterThan(0)
    expect(fs.readdirSync(folder).sort()).toEqual(files)
  })

  it('is refused to every role but the 系统管理员', async () => {
    const r = await k.call('backup-create', {})
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.code).toBe('forbidden')
  })
})

describe('automatic backups', () => {
  it('comes before an import’s commit, with reason import, holding the data as it was before', async () => {
    const people = live().sqlite.prepare('SELECT count(*) AS n FROM people').get() as { n: number }
    await k.ok('roster-import', { file: fixtureFile('roster.xlsx') })
    const newest = (await list()).backups[0]
    expect(newest).toMatchObject({ kind: 'import', reason: 'import', detail: 'roster-import' })
    const copy = new SqliteDatabase(path.join((await list()).folder, newest.file), { readonly: true })
    try {
      expect((copy.prepare('SELECT count(*) AS n FROM people').get() as { n: number }).n).toBe(people.n)
      expect((copy.prepare("SELECT count(*) AS n FROM audit_log WHERE method = 'roster-import'").get() as { n: number }).n).toBe(0)
    } finally {
      copy.close()
    }
    expect((live().sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE method = 'roster-import'").get() as { n: number }).n).toBeGreaterThan(0)
  })

  it('is dropped again when the import is refused: nothing changed, nothing worth keeping', async () => {
    const before = await list()
    const refused = await k.refused('roster-import', { file: fixtureFile('ratings-bad.xlsx') })
    expect(refused.code).toBe('bad-file')
    expect(await list()).toEqual(before)
    expect(fs.readdirSync(before.folder).filter((f) => f.endsWith('.db')).sort()).toEqual(before.backups.map((b) => b.file).sort())
  })

  it('comes before the approval only, not the other steps of a period', async () => {
    const count = async () => (await list()).backups.length
    const start = await count()
    await walkToReview(k) // open → review: a step, not an approval
    expect((await list()).backups.filter((b) => b.kind === 'approval')).toHaveLength(0)
    const afterWalk = await count()
    await k.ok('period-advance', { id: P })
    const newest = (await list()).backups[0]
    expect(newest).toMatchObject({ kind: 'approval', detail: P })
    expect(await count()).toBe(afterWalk + 1)
    expect(afterWalk).toBeGreaterThanOrEqual(start)
    const copy = new SqliteDatabase(path.join((await list()).folder, newest.file), { readonly: true })
    try {
      expect((copy.prepare('SELECT status FROM periods WHERE id = ?').get(P) as { status: string }).status).toBe('review')
    } finally {
      copy.close()
    }
  })
})

describe('the keep rule', () => {
  it('applies at once when changed, deleting what it no longer keeps, and is audited', async () => {
    const before = await list()
    expect(before.keep).toEqual({ keepLast: 30, keepMonthly: true })
    expect(before.backups.length).toBeGreaterThan(2)
    const kept = await as<BackupList['keep']>(admin, 'backup-settings-update', { keepLast: 2, keepMonthly: false })
    expect(kept).toEqual({ keepLast: 2, keepMonthly: false })
    const after = await list()
    expect(after.backups.map((b) => b.file)).toEqual(before.backups.slice(0, 2).map((b) => b.file))
    for (const gone of before.backups.slice(2)) expect(fs.existsSync(path.join(after.folder, gone.file))).toBe(false)
    expect(fs.readdirSync(after.folder).filter((f) => f.endsWith('.db')).sort()).toEqual(after.backups.map((b) => b.file).sort())
    await as(admin, 'backup-settings-update', { keepLast: 30, keepMonthly: true })
    const entry = live().sqlite.prepare("SELECT before, after FROM audit_log WHERE method = 'backup-settings-update' ORDER BY id LIMIT 1").get() as { before: string; after: string }
    expect(JSON.parse(entry.after)).toEqual({ keepLast: 2, keepMonthly: false })
  })

  it('the backup before a migration (for the open) lands in the same folder and manifest', async () => {
    const entry = await backupBeforeMigration(live().sqlite, live().path, '009-next')
    expect((await list()).backups[0]).toMatchObject({ file: entry.file, kind: 'migration', detail: '009-next', schemaVersion: LATEST_MIGRATION })
  })
})

describe('restore refuses a file that fails its checks, the live database byte-identical', () => {
  const cases: [string, () => string, RegExp][] = [
    ['random bytes', () => write('random.db', crypto.randomBytes(40_000)), /不是完好的数据库文件/],
    ['a damaged copy', () => damagedCopy(), /已损坏|不是完好的数据库文件/],
    ['a foreign SQLite file', () => sqliteFile('foreign.db', (db) => db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)')), /不是考核系统的数据库/],
    ['a newer-schema file', () => newerCopy(), /更新版本的考核系统.*999-from-the-future/],
    ['a file with no enabled 系统管理员', () => changedCopy('no-admin.db', 'UPDATE accounts SET disabled = 1'), /没有可用的系统管理员账号/],
  ]
  for (const [name, make, message] of cases) {
    it(name, async () => {
      const file = make()
      const before = liveBytes()
      const backupsBefore = (await list()).backups.length
      const r = await k.backend.dispatcher.call(admin, 'backup-restore', { file })
      expect(r.ok).toBe(false)
      if (!r.ok) {
        expect(r.error.code).toBe('bad-file')
        expect(r.error.message).toMatch(message)
      }
      expect(liveBytes()).toEqual(before)
      expect((await list()).backups.length).toBe(backupsBefore)
    })
  }
})

describe('restore', () => {
  it('is refused while another program has the database open, and the backend goes on serving the file as it was', async () => {
    const made = await as<CreatedBackup>(admin, 'backup-create', {})
    const backups = (await list()).backups.length
    const other = new SqliteDatabase(live().path)
    try {
      other.prepare('SELECT count(*) FROM people').get()
      const before = tableSnapshot(live().sqlite)
      const r = await k.backend.dispatcher.call(admin, 'backup-restore', { file: made.file })
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error).toMatchObject({ code: 'conflict', message: expect.stringContaining('另一个考核程序') })
      expect(tableSnapshot(live().sqlite).hash).toBe(before.hash)
      expect((await list()).backups.length).toBe(backups)
    } finally {
      other.close()
    }
  })

  it('puts the backup in place, keeps serving, ends every session and records itself in the restored log', async () => {
    const original = await k.ok<RuleSettings>('settings-get', {})
    const made = await as<CreatedBackup>(admin, 'backup-create', {})
    const snapshot = tableSnapshot(live().sqlite)
    await k.ok('settings-update', { ...original, bonusCap: original.bonusCap + 3 })
    const done = await as<RestoreResult>(admin, 'backup-restore', { file: made.file })
    expect(done).toMatchObject({ restoredFrom: made.file, schemaVersion: LATEST_MIGRATION })
    expect(done.safetyBackup.kind).toBe('restore')
    expect(done.sessionsEnded).toBeGreaterThan(0)

    // the restoring admin and the clerk are signed out, told why
    const refused = await k.backend.dispatcher.call(admin, 'backup-list', {})
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.error).toMatchObject({ code: 'unauthorized', message: expect.stringMatching(/恢复/) })
    const clerk = await login('clerk')
    expect((await as<RuleSettings>(clerk, 'settings-get', {})).bonusCap).toBe(original.bonusCap)

    // every table as in the backup, but the sessions ended and the restore's own audit entry
    const after = tableSnapshot(live().sqlite)
    for (const [table, n] of Object.entries(snapshot.counts)) {
      if (table === 'audit_log' || table === 'sessions') continue
      expect(after.counts[table], table).toBe(n)
    }
    const entry = live().sqlite.prepare("SELECT * FROM audit_log WHERE method = 'backup-restore' ORDER BY id DESC").get() as { user_name: string; after: string }
    expect(entry.user_name).toBe('admin')
    expect(JSON.parse(entry.after)).toMatchObject({ restoredFrom: made.file })
    const auditor = await login('auditor')
    expect((await as<{ ok: boolean }>(auditor, 'audit-verify', {})).ok).toBe(true)

    // the safety copy holds the change the restore undid
    admin = await login('admin')
    const safety = new SqliteDatabase(path.join((await list()).folder, done.safetyBackup.file), { readonly: true })
    try {
      const stored = safety.prepare('SELECT value FROM settings').all() as { value: string }[]
      expect(stored.map((r) => JSON.parse(r.value) as Partial<RuleSettings>).some((v) => v.bonusCap === original.bonusCap + 3)).toBe(true)
    } finally {
      safety.close()
    }
  })
})

describe('restore with a tight keep rule', () => {
  it('restores a backup the safety copy’s rotation then drops: the file was copied before', async () => {
    await as(admin, 'backup-settings-update', { keepLast: 1, keepMonthly: false })
    const made = await as<CreatedBackup>(admin, 'backup-create', { reason: '唯一一份' })
    const done = await as<RestoreResult>(admin, 'backup-restore', { file: made.file })
    expect(done.restoredFrom).toBe(made.file)
    admin = await login('admin')
    expect((await list()).backups.map((b) => b.file)).toEqual([done.safetyBackup.file])
    await as(admin, 'backup-settings-update', { keepLast: 30, keepMonthly: true })
  })
})

async function login(name: string): Promise<Credential> {
  const r = await k.backend.dispatcher.call({ session: null }, 'auth-login', { name, password: testPasswords.working })
  if (!r.ok) throw new Error(r.error.message)
  return { session: (r.result as LoginResult).token }
}

function write(name: string, bytes: Buffer): string {
  const file = path.join(scratch.dir, name)
  fs.writeFileSync(file, bytes)
  return file
}

function sqliteFile(name: string, build: (db: SqliteDatabase.Database) => void): string {
  const file = path.join(scratch.dir, name)
  const db = new SqliteDatabase(file)
  build(db)
  db.close()
  return file
}

/** a real backup with pages in its middle overwritten */
function damagedCopy(): string {
  const folder = `${live().path}.backups`
  const any = fs.readdirSync(folder).find((f) => f.endsWith('.db'))!
  const bytes = fs.readFileSync(path.join(folder, any))
  crypto.randomBytes(16_384).copy(bytes, 8192)
  return write('damaged.db', bytes)
}

/** a real backup, then one more migration recorded that this program does not know */
function newerCopy(): string {
  return changedCopy('newer.db', `INSERT INTO schema_migrations (id, name, applied_at) VALUES (999, '999-from-the-future', '${new Date().toISOString()}')`)
}

/** a real backup with one statement run on it */
function changedCopy(name: string, sql: string): string {
  const folder = `${live().path}.backups`
  const any = fs.readdirSync(folder).find((f) => f.endsWith('.db'))!
  const file = path.join(scratch.dir, name)
  fs.copyFileSync(path.join(folder, any), file)
  const db = new SqliteDatabase(file)
  db.exec(sql)
  db.close()
  return file
}
