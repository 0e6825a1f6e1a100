import { openDatabase, type OpenedDatabase } from '../db/open-database'
import { LiveDatabase } from '../db/backups/live-database'
import { createDispatcher, type Dispatcher } from './dispatch'
import { handlers } from '../core/handlers'
import { automaticBackups } from '../core/backups/automatic'
import pkg from '../../package.json'

export interface Backend {
  dispatcher: Dispatcher
  /** the database served now: a restore replaces it (see db/backups/live-database.ts) */
  readonly database: OpenedDatabase
  live: LiveDatabase
  close(): Promise<void>
}

export { defaultDbPath } from '../core/default-db-path'

export async function openBackend(dbPath: string): Promise<Backend> {
  const live = new LiveDatabase(await openDatabase(dbPath))
  const dispatcher = createDispatcher(() => live.db(), { dbPath, version: pkg.version, database: live }, handlers, automaticBackups(live))
  return {
    dispatcher,
    get database() {
      return live.now
    },
    live,
    close: () => live.close(),
  }
}
