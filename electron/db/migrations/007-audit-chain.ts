import type { Kysely } from 'kysely'
import { sql } from 'kysely'
import { auditRowHash, type ChainedAuditRow } from '../../../shared/domain/audit-chain'
import { sha256 } from '../audit-chain'

/** rows chained per read; the log is walked in pages however long it is */
const PAGE = 2000

// Additive only: makes the audit log tamper-evident (shared/domain/audit-chain.ts has the exact
// definition). Nothing existing is deleted or rewritten: the three new columns of every row present
// are filled in, in id order, and the head is created.
export async function up(db: Kysely<unknown>): Promise<void> {
  // prev_id: the row this one follows — a row deleted from the middle leaves the next one pointing at nothing.
  // prev_hash: that row's hash — a row edited and re-hashed no longer matches what its successor recorded.
  // hash: SHA-256 of this row's content and both links — any edit of the row itself shows.
  // Nullable only because SQLite adds a NOT NULL column only with a default; every row gets all three.
  await db.schema.alterTable('audit_log').addColumn('prev_id', 'integer').execute()
  await db.schema.alterTable('audit_log').addColumn('prev_hash', 'text').execute()
  await db.schema.alterTable('audit_log').addColumn('hash', 'text').execute()

  // The head: the chain's last id, hash and row count in one row, moved in the same transaction as
  // every insert. Without it, deleting the last row(s) would leave a shorter chain that still verifies.
  await db.schema
    .createTable('audit_head')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('last_id', 'integer')
    .addColumn('last_hash', 'text')
    .addColumn('rows', 'integer', (c) => c.notNull())
    .execute()

  // The rows already present, chained as they stand: the chain vouches for them from now on, not for
  // what happened to them before this version.
  let prevId: number | null = null
  let prevHash: string | null = null
  let rows = 0
  for (;;) {
    const after: number | null = prevId
    const page = await sql<Omit<ChainedAuditRow, 'prev_id' | 'prev_hash' | 'hash'>>`
      select id, at, user_name, user_role, method, entity, entity_id, before, after from audit_log
      where ${after === null ? sql`1` : sql`id > ${after}`} order by id limit ${PAGE}`.execute(db)
    for (const r of page.rows) {
      const hash = auditRowHash({ ...r, prev_id: prevId, prev_hash: prevHash }, sha256)
      await sql`update audit_log set prev_id = ${prevId}, prev_hash = ${prevHash}, hash = ${hash} where id = ${r.id}`.execute(db)
      prevId = r.id
      prevHash = hash
      rows++
    }
    if (page.rows.length < PAGE) break
  }
  await sql`insert into audit_head (id, last_id, last_hash, rows) values (1, ${prevId}, ${prevHash}, ${rows})`.execute(db)
}
