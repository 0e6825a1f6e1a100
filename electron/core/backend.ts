import { openDatabase, type OpenedDatabase } from '../db/open-database'
import { createDispatcher, type Dispatcher } from '../rpc/dispatch'
import { handlers } from './handlers'
import pkg from '../../package.json'

export interface Backend {
  dispatcher: Dispatcher
  database: OpenedDatabase
  close(): Promise<void>
}

export { defaultDbPath, localCaller } from './local-user'

export async function openBackend(dbPath: string): Promise<Backend> {
  const database = await openDatabase(dbPath)
  const dispatcher = createDispatcher(database.db, { dbPath, version: pkg.version }, handlers)
  return { dispatcher, database, close: () => database.close() }
}
