import { openDatabase, type OpenedDatabase, type OpenOptions } from '../db/open-database'
import { LiveDatabase } from '../db/backups/live-database'
import { createDispatcher, type Dispatcher } from './dispatch'
import { handlers } from '../core/handlers'
import { automaticBackups } from '../core/backups/automatic'
import { demoDatabases } from './demo-databases'
import pkg from '../../package.json'

export interface Backend {
  dispatcher: Dispatcher
  /** the database served now: a restore replaces it (see db/backups/live-database.ts) */
  readonly database: OpenedDatabase
  live: LiveDatabase
  close(): Promise<void>
}

export { defaultDbPath } from '../core/default-db-path'

/** The dispatch over one database file; `create` only for `kaohe init` and the app's first launch (see openDatabase). */
export async function openBackend(dbPath: string, opts: Pick<OpenOptions, 'create'> = {}): Promise<Backend> {
  const live = new LiveDatabase(await openDatabase(dbPath, opts))
  const dispatcher = createDispatcher(() => live.db(), { dbPath, version: pkg.version, readOnly: live.now.readOnly, database: live, demo: demoDatabases(live, pkg.version) }, handlers, automaticBackups(live))
  return {
    dispatcher,
    get database() {
      return live.now
    },
    live,
    close: () => live.close(),
  }
}
