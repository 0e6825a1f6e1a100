import fs from 'node:fs'
import path from 'node:path'
import type { Kysely } from 'kysely'
import type SqliteDatabase from 'better-sqlite3'
import { t } from '../../../shared/i18n'
import type { Database } from '../schema'
import { openDatabase, type OpenedDatabase } from '../open-database'
import { companionsOf, fsyncFile, fsyncFolder, removeIfPresent } from './files'
import { AppError } from '../../../shared/contract/app-error'

/**
 * The database the backend serves, which a restore can replace while the backend keeps running.
 * Every call takes `current()` at its start; during a swap new calls wait for the new file.
 */
export class LiveDatabase {
  private gate: Promise<void> | null = null
  /** the office's own file, the one the backend was opened on; `switchTo` may serve another for a while */
  readonly home: string

  constructor(private opened: OpenedDatabase) {
    this.home = opened.path
  }

  get path(): string {
    return this.opened.path
  }

  /** The open database now, for code that must not wait (tests, `backend.database`). */
  get now(): OpenedDatabase {
    return this.opened
  }

  async current(): Promise<OpenedDatabase> {
    while (this.gate) await this.gate
    return this.opened
  }

  async db(): Promise<Kysely<Database>> {
    return (await this.current()).db
  }

  /**
   * Runs `work` on the raw handle while holding the one connection (Kysely's own lock on it): no
   * transaction of another call is open meanwhile, so a backup copies only what is committed and
   * waits for, rather than deadlocks with, a write in progress.
   */
  async exclusive<T>(work: (sqlite: SqliteDatabase.Database) => Promise<T>): Promise<T> {
    const opened = await this.current()
    return opened.db.connection().execute(() => work(opened.sqlite))
  }

  /**
   * Puts `replacement` (a checked, complete file in the database's own folder) in place of the
   * database: waits for calls in progress, checkpoints and closes, removes the old file's -wal and
   * -shm (a stale log replayed onto another file would corrupt it), renames, fsyncs the folder and
   * opens the new file (migrating it if it is older). Refused, with the old file reopened, when
   * another program still has the database open — it would go on writing to the replaced file.
   */
  async replaceWith(replacement: string): Promise<OpenedDatabase> {
    if (path.dirname(path.resolve(replacement)) !== path.dirname(path.resolve(this.path))) throw new Error('replacement must be in the database folder')
    return this.closedForSwap(async () => {
      if (fs.existsSync(`${this.path}-wal`)) {
        this.opened = await openDatabase(this.path)
        throw new AppError('conflict', t('backup.restore.inUse'))
      }
      for (const c of companionsOf(this.path)) removeIfPresent(c)
      fsyncFile(replacement)
      fs.renameSync(replacement, this.path)
      fsyncFolder(path.dirname(path.resolve(this.path)))
      this.opened = await openDatabase(this.path)
      return this.opened
    })
  }

  /** Serving a file other than the office's own (the 示例数据 copy). */
  get away(): boolean {
    return path.resolve(this.opened.path) !== path.resolve(this.home)
  }

  /**
   * Serves another complete database file (the demo, or home again) in place of this one, leaving
   * both files as they are: waits for calls in progress, checkpoints and closes, opens `file`. If
   * `file` cannot be opened, the one served before is opened again and the error passes on.
   */
  async switchTo(file: string): Promise<OpenedDatabase> {
    return this.closedForSwap(async (old) => {
      try {
        this.opened = await openDatabase(file)
      } catch (e) {
        this.opened = await openDatabase(old.path)
        throw e
      }
      return this.opened
    })
  }

  /**
   * Runs `swap` with calls held back and the served file checkpointed and closed; `swap` opens what
   * is served next. One gate for restore and the demo switch, so neither sees the other half done.
   */
  private async closedForSwap(swap: (old: OpenedDatabase) => Promise<OpenedDatabase>): Promise<OpenedDatabase> {
    while (this.gate) await this.gate
    let open!: () => void
    this.gate = new Promise((r) => (open = r))
    try {
      const old = this.opened
      await old.db.connection().execute(async () => {
        old.sqlite.pragma('wal_checkpoint(TRUNCATE)')
      })
      await old.close()
      return await swap(old)
    } finally {
      this.gate = null
      open()
    }
  }

  async close(): Promise<void> {
    await (await this.current()).close()
  }
}
