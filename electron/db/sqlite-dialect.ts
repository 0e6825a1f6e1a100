import type SqliteDatabase from 'better-sqlite3'
import { SqliteDialect, SqliteDriver, type DatabaseConnection } from 'kysely'

/**
 * Kysely's SQLite dialect with one change: a failed transaction is rolled back only if SQLite still
 * has it open. On SQLITE_FULL, SQLITE_IOERR and some SQLITE_BUSY, SQLite has already rolled it back
 * itself; Kysely's own ROLLBACK would then fail with "cannot rollback - no transaction is active"
 * and that error, not the one that matters (a full disk), would reach the dispatch.
 */
export function sqliteDialect(sqlite: SqliteDatabase.Database): SqliteDialect {
  return new KaoheSqliteDialect(sqlite)
}

class KaoheSqliteDialect extends SqliteDialect {
  constructor(private readonly sqlite: SqliteDatabase.Database) {
    super({ database: sqlite })
  }

  override createDriver(): SqliteDriver {
    return new RollbackWhenOpen(this.sqlite)
  }
}

class RollbackWhenOpen extends SqliteDriver {
  constructor(private readonly sqlite: SqliteDatabase.Database) {
    super({ database: sqlite })
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.sqlite.inTransaction) await super.rollbackTransaction(connection)
  }
}
