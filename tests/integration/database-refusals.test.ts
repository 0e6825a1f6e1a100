import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import type { Kysely } from 'kysely'
import { runCli } from '../../electron/cli'
import { openDatabase, DatabaseRefused } from '../../electron/db/open-database'
import { migrations } from '../../electron/db/migrations'
import { cliAs } from '../support/run-cli'
import { folderSnapshot } from '../support/folder-snapshot'
import { tempDir } from '../support/temp-dir'

const tmp = tempDir('kaohe-db-refusals-')
afterAll(() => {
  for (const d of fs.readdirSync(tmp.dir)) fs.chmodSync(path.join(tmp.dir, d), 0o755)
  tmp.cleanup()
})

let folders = 0
/** A folder of its own for one case, so the listing before/after sees only that case's files. */
function folder(): string {
  const dir = path.join(tmp.dir, `case-${++folders}`)
  fs.mkdirSync(dir)
  return dir
}

/** The real CLI, nobody signed in: the refusals come before any sign-in. */
async function kaohe(dbPath: string, ...argv: string[]) {
  const said: string[] = []
  const io = { out: (s: string) => said.push(s), err: (s: string) => said.push(s), signal: new AbortController().signal }
  const code = await runCli([...argv, '--db', dbPath], io, { KAOHE_SESSION_FILE: path.join(tmp.dir, 'no-session.json') })
  return { code, said: said.join('\n') }
}

/** `period list`, `results` and `init` refused with `words`, the folder exactly as it was. */
async function expectRefusedUntouched(file: string, words: RegExp) {
  const before = folderSnapshot(path.dirname(file))
  for (const argv of [['period', 'list'], ['results', '--period', '2025-Q1'], ['init']]) {
    const r = await kaohe(file, ...argv)
    expect(r.code).toBe(1)
    expect(r.said).toMatch(words)
    expect(r.said).toContain(file)
    expect(r.said).not.toMatch(/SQLITE|Error|at .*\.ts/)
  }
  expect(folderSnapshot(path.dirname(file))).toEqual(before)
}

function sqliteFile(file: string, sql: string, wal = false) {
  const db = new Database(file)
  if (wal) db.pragma('journal_mode = WAL')
  db.exec(sql)
  db.close()
}

async function kaoheDatabase(dir: string): Promise<string> {
  const file = path.join(dir, 'k.db')
  expect((await kaohe(file, 'init')).code).toBe(0)
  return file
}

describe('only Kaohe databases are opened, and a refused file is left as it was', () => {
  it('refuses another program’s SQLite file (rollback journal or WAL) without writing a byte', async () => {
    const dir = folder()
    const plain = path.join(dir, 'notes.sqlite')
    sqliteFile(plain, "create table notes(id integer primary key, body text); insert into notes(body) values ('别人的数据')")
    await expectRefusedUntouched(plain, /其他程序的 SQLite 数据库/)
    const walDir = folder()
    const wal = path.join(walDir, 'app.db')
    sqliteFile(wal, 'create table things(x)', true)
    await expectRefusedUntouched(wal, /其他程序的 SQLite 数据库/)
    expect(fs.readdirSync(walDir)).toEqual(['app.db'])
  })

  it('refuses a Kaohe database holding tables Kaohe does not know, naming them', async () => {
    const file = await kaoheDatabase(folder())
    sqliteFile(file, 'create table someone_elses(x)')
    await expectRefusedUntouched(file, /不认识的数据表（someone_elses）/)
  })

  it('refuses an empty (0-byte) file, even for init, and a file that is not SQLite at all', async () => {
    const dir = folder()
    const empty = path.join(dir, 'empty.db')
    fs.writeFileSync(empty, '')
    await expectRefusedUntouched(empty, /空文件（0 字节）/)
    const init = await kaohe(empty, 'init')
    expect(init.code).toBe(1)
    expect(fs.statSync(empty).size).toBe(0)
    const text = path.join(dir, 'notes.txt')
    fs.writeFileSync(text, '这不是数据库'.repeat(50))
    await expectRefusedUntouched(text, /不是数据库文件/)
  })

  it('a missing file: every command but init says to run kaohe init, and makes nothing', async () => {
    const dir = folder()
    const file = path.join(dir, 'nothing-here.db')
    const r = await kaohe(file, 'period', 'list')
    expect(r.code).toBe(1)
    expect(r.said).toContain(`这里没有考核数据库：${file}`)
    expect(r.said).toContain('请先运行 kaohe init')
    expect(fs.readdirSync(dir)).toEqual([])
    const missingFolder = path.join(dir, 'sub', 'k.db')
    expect((await kaohe(missingFolder, 'results', '--period', 'x')).code).toBe(1)
    expect(fs.existsSync(path.join(dir, 'sub'))).toBe(false)
    // init where no database can be: the folder is a file — said in words, not Node's ENOTDIR
    const aFile = path.join(dir, 'a-file')
    fs.writeFileSync(aFile, '文件')
    const under = await kaohe(path.join(aFile, 'k.db'), 'init')
    expect(under.code).toBe(1)
    expect(under.said).toContain(`打不开数据库 ${path.join(aFile, 'k.db')}：无法打开数据库文件`)
    expect(under.said).not.toMatch(/ENOTDIR|Error/)
    fs.rmSync(aFile)
    // init makes it, and only the database is left (no temporary file, no -wal/-shm after closing)
    expect((await kaohe(file, 'init')).code).toBe(0)
    expect(fs.readdirSync(dir)).toEqual(['nothing-here.db'])
  })

  it('refuses a database made by a newer version, the file unchanged', async () => {
    const dir = folder()
    const file = path.join(dir, 'newer.db')
    const extra = { id: migrations.length + 1, name: `${String(migrations.length + 1).padStart(3, '0')}-from-the-future`, up: async (db: Kysely<unknown>) => void (await db.schema.createTable('future_table').addColumn('id', 'integer').execute()) }
    const made = await openDatabase(file, { create: true, migrations: [...migrations, extra] })
    await made.close()
    await expectRefusedUntouched(file, new RegExp(`更新版本的考核系统创建（未知的升级步骤：${extra.name}）`))
  })

  it('a failed upgrade (the last step’s record missing) leaves one backup however often it is tried', async () => {
    const dir = folder()
    const file = await kaoheDatabase(dir)
    const last = migrations[migrations.length - 1]
    sqliteFile(file, `delete from schema_migrations where id = ${last.id}`)
    for (let attempt = 0; attempt < 3; attempt++) {
      const r = await kaohe(file, 'period', 'list')
      expect(r.code).toBe(1)
      expect(r.said).toContain(`升级到本版本时在“${last.name}”一步失败，数据库仍是升级前的样子`)
      expect(r.said).not.toMatch(/already exists|SQLITE/)
    }
    // the one copy is in the backups folder, listed with the step and the content it was taken of
    expect(fs.readdirSync(dir).sort()).toEqual(['k.db', 'k.db.backups'])
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'k.db.backups', 'manifest.json'), 'utf8')) as { backups: { file: string; kind: string; detail: string }[] }
    expect(manifest.backups).toHaveLength(1)
    expect(manifest.backups[0].kind).toBe('migration')
    expect(manifest.backups[0].detail).toMatch(new RegExp(`^${last.name} [0-9a-f]{12}$`))
    expect(fs.readdirSync(path.join(dir, 'k.db.backups')).sort()).toEqual([manifest.backups[0].file, 'manifest.json'].sort())
  })
})

describe('a read-only database opens for viewing only', () => {
  async function signedInReadOnly(makeReadOnly: (file: string) => void) {
    const dir = folder()
    const file = path.join(dir, 'k.db')
    // accounts and a stored sign-in while the file is still writable
    expect((await cliAs(file, 'clerk', 'period', 'list')).code).toBe(0)
    makeReadOnly(file)
    return { dir, file }
  }

  for (const [what, makeReadOnly] of [
    ['file mode 0444', (file: string) => fs.chmodSync(file, 0o444)],
    ['read-only folder', (file: string) => fs.chmodSync(path.dirname(file), 0o555)],
  ] as const) {
    it(`${what}: views work, every change is refused in Chinese, not a byte written`, async () => {
      const { dir, file } = await signedInReadOnly(makeReadOnly)
      const before = folderSnapshot(dir)
      const list = await cliAs(file, 'clerk', 'period', 'list')
      expect(list.code).toBe(0)
      const create = await cliAs(file, 'clerk', 'period', 'create', '--id', '2026-Q1', '--kind', 'quarter', '--scheme', '任何方案')
      expect(create.code).toBe(1)
      expect(create.err).toContain('数据库文件是只读的，只能查看')
      expect(create.err).toContain(file)
      expect(create.err).not.toMatch(/SQLITE|readonly database|internal|内部出错/)
      expect(folderSnapshot(dir)).toEqual(before)
    })
  }

  it('refuses a read-only database that would first need upgrading, without trying', async () => {
    const dir = folder()
    const file = path.join(dir, 'old.db')
    const old = await openDatabase(file, { create: true, migrations: migrations.slice(0, 6) })
    await old.close()
    fs.chmodSync(file, 0o444)
    await expectRefusedUntouched(file, /是只读的，而它要先升级到本版本才能使用/)
    expect(fs.readdirSync(dir)).toEqual(['old.db'])
    await expect(openDatabase(file)).rejects.toThrow(DatabaseRefused)
  })
})
