import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { ImportPreview } from '../../../shared/contract'
import { rememberColumns, rememberedFor, type RememberedColumns } from '../../../shared/domain/column-layout'

/** One settings row holds every layout's choices: a handful of small entries, read once per import. */
export const REMEMBERED_COLUMNS_KEY = 'import.columns'

export async function loadRememberedColumns(db: Kysely<Database>): Promise<RememberedColumns[]> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', REMEMBERED_COLUMNS_KEY).executeTakeFirst()
  if (!row) return []
  try {
    const parsed: unknown = JSON.parse(row.value)
    return Array.isArray(parsed) ? (parsed as RememberedColumns[]) : []
  } catch {
    // a hand-edited row that no longer parses is as good as none: the next confirmed choice rewrites it
    return []
  }
}

async function store(db: Kysely<Database>, entries: RememberedColumns[]): Promise<void> {
  if (entries.length === 0) {
    await db.deleteFrom('settings').where('key', '=', REMEMBERED_COLUMNS_KEY).execute()
    return
  }
  const value = JSON.stringify(entries)
  await db.insertInto('settings').values({ key: REMEMBERED_COLUMNS_KEY, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute()
}

/** The header row a preview found, left to right: the layout the choices are remembered for. */
export function headerRowOf(preview: ImportPreview): string[] {
  return preview.columns.map((c) => c.header)
}

export async function rememberedColumnsFor(db: Kysely<Database>, kind: string, preview: ImportPreview): Promise<RememberedColumns | null> {
  if (preview.columns.length === 0) return null
  return rememberedFor(await loadRememberedColumns(db), kind, headerRowOf(preview))
}

/** Keeps what an import confirmed for its layout; returns the entries before and after, for the audit. */
export async function saveRememberedColumns(
  db: Kysely<Database>,
  entry: RememberedColumns,
): Promise<{ before: RememberedColumns | null; after: RememberedColumns | null }> {
  const entries = await loadRememberedColumns(db)
  const before = rememberedFor(entries, entry.kind, entry.headers)
  const next = rememberColumns(entries, entry)
  await store(db, next)
  return { before, after: rememberedFor(next, entry.kind, entry.headers) }
}

export async function clearRememberedColumns(db: Kysely<Database>): Promise<RememberedColumns[]> {
  const entries = await loadRememberedColumns(db)
  await store(db, [])
  return entries
}
