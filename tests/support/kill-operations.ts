import type SqliteDatabase from 'better-sqlite3'

/** The period the kill test works on, and the changes its child makes. */
export const KILL_PERIOD = '2025-Q1'
/** the people of tests/fixtures/roster.xlsx in the period: a compute writes one result each */
export const KILL_PEOPLE = 37

/**
 * What the child does between kills. A new kind of change (the `backup` work's restores) is one
 * more name here, its making in kill-child.ts and its check in `checkOperation` below.
 */
export const killOperations = ['import', 'save', 'compute'] as const
export type KillOperation = (typeof killOperations)[number]

export type KillLine =
  | { type: 'ready' }
  | { type: 'start'; op: KillOperation; key: string; expected: number }
  | { type: 'ack'; op: KillOperation; key: string; expected: number; count: number; stamp: string | null }

/**
 * The rows one change left, counted in the reopened database: an import's batch (its declared row
 * count and the ratings pointing at it), a grid save's ratings of its rater, a compute's results.
 */
export function rowsOf(sqlite: SqliteDatabase.Database, op: KillOperation, key: string): { found: number; declared: number | null; computedAt?: string | null } {
  const count = (sql: string, ...args: unknown[]) => (sqlite.prepare(sql).get(...args) as { n: number }).n
  if (op === 'import') {
    const batch = sqlite.prepare("SELECT id, rows FROM import_batches WHERE file_name = ? AND period_id = ?").get(`${key}.xlsx`, KILL_PERIOD) as { id: number; rows: number } | undefined
    return { found: batch ? count('SELECT count(*) AS n FROM ratings WHERE batch_id = ?', batch.id) : 0, declared: batch?.rows ?? null }
  }
  if (op === 'save') return { found: count("SELECT count(*) AS n FROM ratings WHERE period_id = ? AND role = '领导' AND rater = ?", KILL_PERIOD, key), declared: null }
  const results = count('SELECT count(*) AS n FROM results WHERE period_id = ?', KILL_PERIOD)
  const computation = sqlite.prepare('SELECT computed_at FROM computations WHERE period_id = ?').get(KILL_PERIOD) as { computed_at: string } | undefined
  return { found: results, declared: null, computedAt: computation?.computed_at ?? null }
}
