import SqliteDatabase from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { Migration } from './migrations'

const cache = new Map<string, Promise<ReadonlySet<string>>>()

/**
 * Every table Kaohe's migrations create (the union over the steps, so a table a later step drops
 * still counts as ours in a database that stopped before that step). Worked out by running the
 * migrations on an empty in-memory database, once per process: the migrations are the one list
 * of what a Kaohe database may hold.
 */
export function knownTables(list: Migration[]): Promise<ReadonlySet<string>> {
  const key = list.map((m) => m.name).join('|')
  let found = cache.get(key)
  if (!found) {
    found = tablesOf(list)
    cache.set(key, found)
  }
  return found
}

async function tablesOf(list: Migration[]): Promise<ReadonlySet<string>> {
  const sqlite = new SqliteDatabase(':memory:')
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) })
  const names = new Set<string>(['schema_migrations'])
  try {
    for (const m of list) {
      await m.up(db)
      for (const name of tableNames(sqlite)) names.add(name)
    }
  } finally {
    await db.destroy()
  }
  return names
}

/** The tables a database holds, SQLite's own (sqlite_sequence, sqlite_stat1…) left out. */
export function tableNames(sqlite: SqliteDatabase.Database): string[] {
  const rows = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name").all() as { name: string }[]
  return rows.map((r) => r.name)
}
