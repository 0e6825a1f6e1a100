import os from 'node:os'
import path from 'node:path'
import { openDatabase, type OpenedDatabase } from '../db/open-database'
import { createDispatcher, type Dispatcher } from '../rpc/dispatch'
import { handlers } from './handlers'
import type { Caller } from './context'
import pkg from '../../package.json'

export interface Backend {
  dispatcher: Dispatcher
  database: OpenedDatabase
  close(): Promise<void>
}

/** The single local user until accounts arrive; the dispatch already checks roles against it. */
export const localCaller: Caller = { name: os.userInfo().username || 'local', role: 'admin' }

/** Where data lives when nobody says otherwise: `KAOHE_DB`, else `~/.kaohe/kaohe.db`. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KAOHE_DB) return env.KAOHE_DB
  return path.join(os.homedir(), '.kaohe', 'kaohe.db')
}

export async function openBackend(dbPath: string): Promise<Backend> {
  const database = await openDatabase(dbPath)
  const dispatcher = createDispatcher(database.db, { dbPath, version: pkg.version }, handlers)
  return { dispatcher, database, close: () => database.close() }
}
