import { openDatabase, type OpenedDatabase } from '../db/open-database'
import { createDispatcher, type Dispatcher } from './dispatch'
import { handlers } from '../core/handlers'
import pkg from '../../package.json'

export interface Backend {
  dispatcher: Dispatcher
  database: OpenedDatabase
  close(): Promise<void>
}

export { defaultDbPath } from '../core/default-db-path'

export async function openBackend(dbPath: string): Promise<Backend> {
  const database = await openDatabase(dbPath)
  const dispatcher = createDispatcher(database.db, { dbPath, version: pkg.version }, handlers)
  return { dispatcher, database, close: () => database.close() }
}
