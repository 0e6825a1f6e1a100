import { openDatabase, type OpenedDatabase, type OpenOptions } from '../db/open-database'
import { createDispatcher, type Dispatcher } from './dispatch'
import { handlers } from '../core/handlers'
import pkg from '../../package.json'

export interface Backend {
  dispatcher: Dispatcher
  database: OpenedDatabase
  close(): Promise<void>
}

export { defaultDbPath } from '../core/default-db-path'

/** The dispatch over one database file; `create` only for `kaohe init` and the app's first launch (see openDatabase). */
export async function openBackend(dbPath: string, opts: Pick<OpenOptions, 'create'> = {}): Promise<Backend> {
  const database = await openDatabase(dbPath, opts)
  const dispatcher = createDispatcher(database.db, { dbPath, version: pkg.version, readOnly: database.readOnly }, handlers)
  return { dispatcher, database, close: () => database.close() }
}
