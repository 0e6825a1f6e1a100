import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Credential } from '../../electron/core/context'
import { openBackend, type Backend } from '../../electron/rpc/backend'
import { sqliteFailure } from '../../electron/db/sqlite-errors'
import { signInAs } from '../support/accounts'
import { fixtureFile, tempDir } from '../support/temp-dir'

const tmp = tempDir('kaohe-sqlite-errors-')
afterAll(() => tmp.cleanup())

/** The error a real SQLite statement throws. */
function thrown(run: () => unknown): unknown {
  try {
    run()
  } catch (e) {
    return e
  }
  throw new Error('expected SQLite to fail')
}

describe('SQLite failures become an AppError code and a zh-CN message, never SQLite’s English', () => {
  const file = path.join(tmp.dir, 'plain.db')
  beforeAll(() => {
    const db = new Database(file)
    db.exec('create table t(x)')
    db.close()
  })

  it.each([
    ['SQLITE_READONLY', 'read-only', /数据库文件是只读的，只能查看/, () => new Database(file, { readonly: true }).exec('insert into t values (1)')],
    ['SQLITE_CANTOPEN', 'storage', /无法打开数据库文件/, () => new Database(tmp.dir)],
    [
      'SQLITE_FULL',
      'storage',
      /磁盘空间已满/,
      () => {
        const db = new Database(path.join(tmp.dir, 'full.db'))
        db.exec('create table big(x)')
        db.pragma('max_page_count = 3')
        db.prepare('insert into big values (?)').run('满'.repeat(20_000))
      },
    ],
    [
      'SQLITE_BUSY',
      'busy',
      /数据库正被另一个程序占用/,
      () => {
        const holder = new Database(file)
        holder.exec('begin exclusive')
        const other = new Database(file, { timeout: 0 })
        try {
          other.exec('insert into t values (2)')
        } finally {
          holder.exec('rollback')
        }
      },
    ],
    [
      'SQLITE_CORRUPT / NOTADB',
      'damaged',
      /数据库文件已损坏/,
      () => {
        const broken = path.join(tmp.dir, 'broken.db')
        const db = new Database(broken)
        db.exec("create table t(x); insert into t values ('x')")
        db.close()
        const bytes = fs.readFileSync(broken)
        bytes.fill(0x55, 16, 100)
        fs.writeFileSync(broken, bytes)
        new Database(broken).prepare('select * from t').all()
      },
    ],
  ])('%s → %s', (_name, code, words, fail) => {
    const failure = sqliteFailure(thrown(fail), '/数据/考核.db')
    expect(failure?.code).toBe(code)
    expect(failure?.message).toMatch(words)
    expect(failure?.message).not.toMatch(/SQLITE|database|disk|file is|unable/i)
  })

  it('an I/O error (extended codes too) reads as a storage fault', () => {
    const failure = sqliteFailure(new Database.SqliteError('disk I/O error', 'SQLITE_IOERR_WRITE'), '/x.db')
    expect(failure).toEqual({ code: 'storage', message: expect.stringMatching(/读写数据库文件时出错/) })
  })

  it('anything that is not SQLite’s is left to the other mappings', () => {
    expect(sqliteFailure(new Error('boom'), '/x.db')).toBeNull()
    expect(sqliteFailure({ code: 'ENOENT' }, '/x.db')).toBeNull()
  })
})

describe('through the dispatch: a change that hits a full disk or a busy file is refused in words, nothing changed', () => {
  let backend: Backend
  let clerk: Credential
  const dbPath = path.join(tmp.dir, 'dispatch.db')
  beforeAll(async () => {
    backend = await openBackend(dbPath, { create: true })
    clerk = await signInAs(backend.dispatcher, 'clerk')
  })
  afterAll(async () => {
    await backend.close()
  })
  const people = () => (backend.database.sqlite.prepare('select count(*) as n from people').get() as { n: number }).n

  it('SQLITE_FULL: the roster import answers “磁盘空间已满”, no person written', async () => {
    const pages = backend.database.sqlite.pragma('page_count', { simple: true }) as number
    backend.database.sqlite.pragma(`max_page_count = ${pages + 1}`)
    try {
      const r = await backend.dispatcher.call(clerk, 'roster-import', { file: fixtureFile('roster.xlsx') })
      expect(r.ok).toBe(false)
      if (!r.ok) {
        expect(r.error.code).toBe('storage')
        expect(r.error.message).toContain('磁盘空间已满，这次操作未能保存，数据未被修改')
      }
    } finally {
      backend.database.sqlite.pragma('max_page_count = 1073741823')
    }
    expect(people()).toBe(0)
  })

  it('SQLITE_BUSY: another program holding the file answers “数据库正被另一个程序占用”', async () => {
    const holder = new Database(dbPath)
    holder.exec('begin exclusive')
    backend.database.sqlite.pragma('busy_timeout = 0')
    try {
      const r = await backend.dispatcher.call(clerk, 'roster-import', { file: fixtureFile('roster.xlsx') })
      expect(r.ok).toBe(false)
      if (!r.ok) {
        expect(r.error.code).toBe('busy')
        expect(r.error.message).toMatch(/^数据库正被另一个程序占用/)
      }
    } finally {
      holder.exec('rollback')
      holder.close()
      backend.database.sqlite.pragma('busy_timeout = 5000')
    }
    expect(people()).toBe(0)
  })
})
