/**
 * rule: the audit log is a hash chain. Every row carries the SHA-256 of its own content together with
 * the id and hash of the row written before it, and a one-row head records the last id, its hash and
 * the number of rows. A row edited, deleted or slipped in by hand then no longer fits the chain, and
 * the head shows a last row deleted. The definition below is a stored format: existing databases
 * hold hashes computed with it, so it never changes (a new one would need a new column and a migration).
 *
 * hash = hex SHA-256 of the UTF-8 bytes of `JSON.stringify([id, at, user_name, user_role, method,
 * entity, entity_id, before, after, prev_id, prev_hash])`: a JSON array, so the order is fixed and no
 * key can be reordered; no whitespace; non-ASCII characters as themselves; `before` and `after` are the
 * stored JSON texts (strings, not re-parsed), absent values `null`. The first row has prev_id and
 * prev_hash `null`.
 *
 * What it cannot do: the hash is not keyed. Someone who can write the file and knows this definition
 * can recompute every hash after their edit and rewrite the head, and the chain verifies again. It
 * makes tampering evident to a check, not impossible; a copy of the head kept elsewhere (printed,
 * signed) is what would catch a whole rewrite.
 *
 * Pure: the SHA-256 function is passed in (node:crypto in the backend), so shared/ stays free of Node.
 */

/** hex SHA-256 of a text's UTF-8 bytes */
export type Sha256 = (text: string) => string

/** A row's content as stored: what the dispatch records for every change. */
export interface AuditContent {
  at: string
  user_name: string
  user_role: string
  method: string
  entity: string
  entity_id: string | null
  before: string | null
  after: string | null
}

/** A row as stored, with its place in the chain; `hash` null only where someone cleared it. */
export interface ChainedAuditRow extends AuditContent {
  id: number
  prev_id: number | null
  prev_hash: string | null
  hash: string | null
}

/** The last link: where the next row attaches, and how many rows the chain holds. */
export interface AuditHead {
  lastId: number | null
  lastHash: string | null
  rows: number
}

export const emptyAuditHead: AuditHead = { lastId: null, lastHash: null, rows: 0 }

/** The exact text a row's hash is taken of (see the rule above). */
export function auditCanonical(r: Omit<ChainedAuditRow, 'hash'>): string {
  return JSON.stringify([r.id, r.at, r.user_name, r.user_role, r.method, r.entity, r.entity_id, r.before, r.after, r.prev_id, r.prev_hash])
}

export function auditRowHash(r: Omit<ChainedAuditRow, 'hash'>, sha256: Sha256): string {
  return sha256(auditCanonical(r))
}

/**
 * New rows linked after `head`, numbered from `firstId` in order; returns them and the head after
 * the last. The caller stores both in one transaction.
 */
export function chainAuditRows(head: AuditHead, firstId: number, contents: readonly AuditContent[], sha256: Sha256): { rows: ChainedAuditRow[]; head: AuditHead } {
  let prevId = head.lastId
  let prevHash = head.lastHash
  const rows = contents.map((c, i) => {
    const linked = { ...c, id: firstId + i, prev_id: prevId, prev_hash: prevHash }
    const row: ChainedAuditRow = { ...linked, hash: auditRowHash(linked, sha256) }
    prevId = row.id
    prevHash = row.hash
    return row
  })
  return { rows, head: { lastId: prevId, lastHash: prevHash, rows: head.rows + rows.length } }
}

/**
 * - `edited`: the row's content no longer gives its hash — changed after it was written.
 * - `missing`: the row links to a row that is not there — that row (`id`) was deleted.
 * - `relinked`: the row links to something other than the row before it — the row before was
 *   changed and re-hashed, replaced, or one of the two was inserted by hand.
 * - `truncated`: the head names rows past the last one present — the last row(s) deleted.
 * - `head`: the head disagrees with the last row otherwise — the head itself altered or deleted, or
 *   rows added past it by hand.
 */
export type AuditProblem = 'edited' | 'missing' | 'relinked' | 'truncated' | 'head'

export interface AuditBreak {
  problem: AuditProblem
  /** the row the problem is about: the edited or relinked row, the missing row, the first row past the head */
  id: number
  /** the row walked before it (`relinked`), or the last row present (`truncated`, `head`) */
  prev: number | null
}

/**
 * One row against the head read before the walk and the row walked before it (null for the first):
 * the first problem, or null. A row past the head's last id was not written by the app, which moves
 * the head in the same transaction as every row.
 */
export function checkAuditRow(head: AuditHead | null, prev: { id: number; hash: string | null } | null, row: ChainedAuditRow, sha256: Sha256): AuditBreak | null {
  const before = prev?.id ?? null
  if (row.hash === null || auditRowHash(row, sha256) !== row.hash) return { problem: 'edited', id: row.id, prev: before }
  if (row.prev_id !== before) {
    // ids only grow, so a link past the row before names a row that is gone
    if (row.prev_id !== null && (before === null || row.prev_id > before)) return { problem: 'missing', id: row.prev_id, prev: before }
    return { problem: 'relinked', id: row.id, prev: before }
  }
  if (row.prev_hash !== (prev?.hash ?? null)) return { problem: 'relinked', id: row.id, prev: before }
  if (head !== null && row.id > (head.lastId ?? Number.NEGATIVE_INFINITY)) return { problem: 'head', id: row.id, prev: head.lastId }
  return null
}

/** The end of the walk against the head: `last` the last row walked, `count` the rows walked. */
export function checkAuditHead(head: AuditHead | null, last: { id: number; hash: string | null } | null, count: number): AuditBreak | null {
  const lastId = last?.id ?? null
  if (head === null) return count === 0 ? null : { problem: 'head', id: lastId ?? 0, prev: lastId }
  if (head.lastId !== null && (lastId === null || head.lastId > lastId)) return { problem: 'truncated', id: head.lastId, prev: lastId }
  if (head.lastId !== lastId || head.lastHash !== (last?.hash ?? null) || head.rows !== count) return { problem: 'head', id: lastId ?? 0, prev: lastId }
  return null
}
