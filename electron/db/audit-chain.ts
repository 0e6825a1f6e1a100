import { createHash, hash } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from './schema'
import {
  chainAuditRows,
  checkAuditHead,
  checkAuditRow,
  emptyAuditHead,
  type AuditBreak,
  type AuditContent,
  type AuditHead,
  type ChainedAuditRow,
  type Sha256,
} from '../../shared/domain/audit-chain'

/**
 * The chain's SHA-256 (shared/domain/audit-chain.ts says over what): the one-shot `crypto.hash` where
 * Node has it (20.12+, a third faster on short texts), else the same digest through createHash.
 */
export const sha256: Sha256 =
  typeof hash === 'function' ? (text) => hash('sha256', text, 'hex') : (text) => createHash('sha256').update(text, 'utf8').digest('hex')

/** audit_head holds exactly one row, this id (the table's CHECK says so too). */
export const AUDIT_HEAD_ID = 1

/** 12 columns each: 1,000 rows stay far below SQLite's 32,766 values per statement */
const ROWS_PER_INSERT = 1000
/** the walk holds one page of rows at a time, however long the log */
const ROWS_PER_PAGE = 2000

export async function readAuditHead(db: Kysely<Database>): Promise<AuditHead | null> {
  const h = await db.selectFrom('audit_head').selectAll().where('id', '=', AUDIT_HEAD_ID).executeTakeFirst()
  return h ? { lastId: h.last_id, lastHash: h.last_hash, rows: h.rows } : null
}

/**
 * Appends `contents` to the chain inside the caller's transaction: numbers the rows after the head,
 * links and hashes them in order, inserts them in chunks and moves the head, all or nothing with
 * the change they record. The head, not the last row present, is what new rows link to: a last row
 * deleted by hand stays a gap the next row points into instead of being papered over.
 */
export async function appendAudit(trx: Kysely<Database>, contents: readonly AuditContent[]): Promise<void> {
  if (contents.length === 0) return
  // A head deleted by hand: link to nothing, so the break shows at the first row written after it.
  const head = (await readAuditHead(trx)) ?? emptyAuditHead
  const max = await trx.selectFrom('audit_log').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst()
  // ids assigned here, not by SQLite, because each hash covers its row's id
  const firstId = Math.max(head.lastId ?? 0, Number(max?.id ?? 0)) + 1
  const chained = chainAuditRows(head, firstId, contents.map(asStored), sha256)
  for (let i = 0; i < chained.rows.length; i += ROWS_PER_INSERT) {
    await trx.insertInto('audit_log').values(chained.rows.slice(i, i + ROWS_PER_INSERT)).execute()
  }
  const next = { last_id: chained.head.lastId, last_hash: chained.head.lastHash, rows: chained.head.rows }
  await trx
    .insertInto('audit_head')
    .values({ id: AUDIT_HEAD_ID, ...next })
    .onConflict((oc) => oc.column('id').doUpdateSet(next))
    .execute()
}

/**
 * A lone UTF-16 surrogate (a broken character from a pasted text or a crafted call) would not come
 * back from SQLite as it went in, and the row would fail its own hash: it is stored, and hashed, as
 * U+FFFD.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const wellFormed = <T extends string | null>(s: T): T => (s === null ? s : (s.replace(LONE_SURROGATE, '\uFFFD') as T))

function asStored(c: AuditContent): AuditContent {
  return {
    at: wellFormed(c.at),
    user_name: wellFormed(c.user_name),
    user_role: wellFormed(c.user_role),
    method: wellFormed(c.method),
    entity: wellFormed(c.entity),
    entity_id: wellFormed(c.entity_id),
    before: wellFormed(c.before),
    after: wellFormed(c.after),
  }
}

export interface AuditWalk {
  /** rows found sound: all of them when nothing broke */
  rows: number
  /** the last row walked */
  last: { id: number; hash: string | null } | null
  broken: AuditBreak | null
}

/**
 * Walks the whole chain in id order, a page at a time (bounded memory), and stops at the first
 * problem. Run it in one read transaction, so a change committed meanwhile is seen whole or not at all.
 */
export async function walkAuditChain(db: Kysely<Database>): Promise<AuditWalk> {
  const head = await readAuditHead(db)
  let prev: { id: number; hash: string | null } | null = null
  let rows = 0
  for (;;) {
    let page = db.selectFrom('audit_log').selectAll().orderBy('id').limit(ROWS_PER_PAGE)
    if (prev !== null) page = page.where('id', '>', prev.id)
    const batch: ChainedAuditRow[] = await page.execute()
    for (const row of batch) {
      const broken = checkAuditRow(head, prev, row, sha256)
      if (broken) return { rows, last: prev, broken }
      prev = { id: row.id, hash: row.hash }
      rows++
    }
    if (batch.length < ROWS_PER_PAGE) break
  }
  return { rows, last: prev, broken: checkAuditHead(head, prev, rows) }
}
