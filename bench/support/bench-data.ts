import ExcelJS from 'exceljs'
import type { Backend } from '../../electron/rpc/backend'
import type { Credential } from '../../electron/core/context'
import { signInAs } from '../../tests/support/accounts'

/**
 * The benchmarks' generated units: people P00001 … in numbered departments imported through the
 * real roster import, schemes as workbooks, and ratings written straight into `ratings` (a
 * benchmark of a report or a computation should not time an import of millions of rows).
 */

export const staffNo = (i: number): string => `P${String(i).padStart(5, '0')}`

export type Cell = string | number | null

/** One sheet of rows as .xlsx bytes, the way an office's own workbook arrives. */
export async function xlsxBytes(sheet: string, rows: readonly (readonly Cell[])[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet(sheet)
  for (const r of rows) ws.addRow([...r])
  return Buffer.from(await wb.xlsx.writeBuffer())
}

export const fileInput = (fileName: string, bytes: Buffer) => ({ fileName, dataBase64: bytes.toString('base64') })

/**
 * The 考核工作人员's session on this backend: the accounts made on a fresh database, logged into on a
 * kept one (--db). Taken before any timing starts: a login is a deliberately slow scrypt.
 */
export function clerkSession(backend: Backend): Promise<Credential> {
  return signInAs(backend.dispatcher, 'clerk')
}

/** A call through the real dispatch, as the signed-in 考核工作人员, that throws on a refusal. */
export async function caller(backend: Backend): Promise<<T>(method: string, input: unknown) => Promise<T>> {
  const credential = await clerkSession(backend)
  return async <T>(method: string, input: unknown): Promise<T> => {
    const r = await backend.dispatcher.call(credential, method, input)
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
    return r.result as T
  }
}

/**
 * People 1 … `people` spread over `departments` departments (部门01 …), imported in files of 2,500:
 * a call writes its audit entries in one INSERT, and SQLite caps the values of one statement, so
 * one import of more than about 4,000 new people is refused. `extra` adds columns after 岗位类别.
 */
export async function importRoster(backend: Backend, people: number, departments: number, extra: { headers: string[]; values: Cell[] } = { headers: [], values: [] }): Promise<void> {
  const ok = await caller(backend)
  for (let from = 1; from <= people; from += 2_500) {
    const rows: Cell[][] = [['工号', '姓名', '部门', '岗位类别', ...extra.headers]]
    for (let i = from; i <= Math.min(people, from + 2_499); i++) {
      rows.push([staffNo(i), `人员${i}`, `部门${String((i % departments) + 1).padStart(2, '0')}`, '综合管理', ...extra.values])
    }
    await ok('roster-import', { file: fileInput('roster.xlsx', await xlsxBytes('名册', rows)) })
  }
}

/** A deterministic stream of scores from `min` to `min + span`, so two runs rate alike. */
export function scores(seed: number, min: number, span: number): () => number {
  let s = seed
  return () => Math.round(min + ((s = (s * 48271) % 2147483647) / 2147483647) * span)
}

/**
 * Every participant of `period` rated on every weighted leaf of its scheme by each rater, as one
 * import batch; returns how many rows were written.
 */
export function insertRatings(backend: Backend, period: string, raters: readonly { role: string; rater: string }[], score: () => number): number {
  const sqlite = backend.database.sqlite
  const { scheme_id } = sqlite.prepare('SELECT scheme_id FROM periods WHERE id = ?').get(period) as { scheme_id: number }
  const leaves = (sqlite.prepare('SELECT id FROM indicators WHERE scheme_id = ? AND parent_code IS NOT NULL ORDER BY sort_order').all(scheme_id) as { id: number }[]).map((r) => r.id)
  const people = (sqlite.prepare('SELECT person_id FROM period_people WHERE period_id = ? ORDER BY person_id').all(period) as { person_id: number }[]).map((r) => r.person_id)
  let written = 0
  sqlite.transaction(() => {
    const batch = sqlite
      .prepare('INSERT INTO import_batches (kind, period_id, file_name, file_hash, rows, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run('ratings', period, `bench-${period}.xlsx`, `bench-${period}`, people.length * leaves.length * raters.length, new Date().toISOString(), 'bench')
    const insert = sqlite.prepare('INSERT INTO ratings (period_id, person_id, indicator_id, role, rater, score, batch_id, source_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    for (const person of people) {
      for (const { role, rater } of raters) {
        for (const indicator of leaves) insert.run(period, person, indicator, role, rater, score(), batch.lastInsertRowid, ++written + 1)
      }
    }
  })()
  return written
}
