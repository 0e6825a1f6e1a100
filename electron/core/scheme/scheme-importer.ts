import { ROOT, weightSums } from '../../../shared/domain/weight-sums'
import { structureFindings } from '../../../shared/domain/scheme-structure'
import type { Kysely } from 'kysely'
import { type FileInput, type ImportPreview, type ImportProblem, type SchemePreview } from '../../../shared/contract'
import { tableTitle } from '../../excel/table-title'
import { t } from '../../../shared/i18n'
import type { Database } from '../../db/schema'
import { schemeFields } from '../../excel/fields'
import type { FoundTable } from '../../excel/find-table'
import { problemText, sheetProblem } from '../../excel/problems'
import { buildPreview, type ReadChoices, fieldLabel, readImportFile, type ImportProgress } from '../../excel/read-import'
import { AppError } from '../../../shared/contract/app-error'
import type { Importer } from '../imports/importer'
import { assertEditable, findSchemeVersion } from './scheme-version'
import { problemAt, readSchemeRows, type SchemeRow } from './scheme-rows'

export interface SchemePlan {
  preview: SchemePreview
  rows: SchemeRow[]
  /** set when a scheme of that name exists: the commit refuses */
  exists: boolean
  /** the name the scheme gets: the input's, else the one suggested from the file */
  name: string
}

/** Reads an indicator-scheme file and checks the tree (codes, parents, cycles, weights). */
export async function planSchemeImport(db: Kysely<Database>, file: FileInput, name: string | undefined, ctx: ImportProgress, reading: ReadChoices = {}): Promise<SchemePlan> {
  const read = await readImportFile(file, 'scheme', schemeFields, ctx, reading)
  const problems: ImportProblem[] = []
  const notes: string[] = []
  // the name field is an option of the preview, never a gate before it: unset, the file's title names the scheme
  const suggestedName = tableTitle(read)
  const schemeName = name?.trim() || suggestedName
  await refuseFrozenName(db, schemeName)
  if (!name?.trim()) notes.push(t('import.note.schemeNameSuggested', { name: schemeName }))
  const existing = await db.selectFrom('schemes').select('id').where('name', '=', schemeName).executeTakeFirst()
  if (existing) problems.push(sheetProblem('error', read.search.table?.sheet ?? '', problemText('import.problem.schemeExists', { name: schemeName })))
  const table = read.search.table
  const named = (preview: ImportPreview): SchemePreview => ({ ...preview, suggestedName })
  if (!table) return { preview: named(buildPreview(read, { adds: 0, changes: 0, unchanged: 0 }, problems, notes, [])), rows: [], exists: !!existing, name: schemeName }
  ctx.progress(0, table.rows.length, 'progress.checking')
  const rows = readSchemeRows(table, problems)
  checkTree(table, rows, problems)
  if (rows.length) notes.push(t('import.note.schemeNew', { name: schemeName, count: rows.length }))
  const label = (key: string) => fieldLabel('scheme', schemeFields.find((f) => f.key === key) ?? schemeFields[0])
  const sample = rows.slice(0, 10).map((r) => ({
    [label('code')]: r.code,
    [label('name')]: r.name,
    [label('parentCode')]: r.parentCode,
    [label('weight')]: `${round(r.weight * 100)}%`,
    [label('layer')]: r.layer,
    [label('scope')]: r.scope.join('、') || null,
    [label('nature')]: r.nature,
    [label('mode')]: r.mode,
  }))
  const preview = named(buildPreview(read, { adds: rows.length, changes: 0, unchanged: 0 }, problems, notes, sample))
  return { preview, rows, exists: !!existing, name: schemeName }
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6
}

/** The structure rule located on the sheet; weight sums off 100 % are only a warning. */
function checkTree(table: FoundTable, rows: SchemeRow[], problems: ImportProblem[]): void {
  const byCode = new Map<string, SchemeRow>()
  for (const r of rows) if (!byCode.has(r.code)) byCode.set(r.code, r)
  for (const f of structureFindings(rows)) {
    const r = rows[f.index]
    if (f.rule === 'duplicate-code') problems.push(problemAt(table, r.row, 'code', problemText('import.problem.duplicateCode', { code: r.code, other: rows[f.firstIndex ?? 0].row })))
    else if (f.rule === 'self-parent') problems.push(problemAt(table, r.row, 'parentCode', problemText('import.problem.selfParent', { code: r.code })))
    else if (f.rule === 'unknown-parent') problems.push(problemAt(table, r.row, 'parentCode', problemText('import.problem.unknownParent', { code: r.parentCode })))
    else if (f.rule === 'adjustment-parent') problems.push(problemAt(table, r.row, 'mode', problemText('import.problem.adjustmentParent', { code: r.code, mode: r.mode })))
    else problems.push(problemAt(table, r.row, 'parentCode', problemText('import.problem.cycle', { chain: (f.chain ?? []).join(' → ') })))
  }
  // Off-100 % sums are only a warning: the clerk fixes them in the grid, where the same rule shows them red.
  for (const s of weightSums(rows).values()) {
    if (s.ok) continue
    const sum = round(s.sum * 100)
    const parent = s.parent === ROOT ? null : s.parent
    const row = rows.find((r) => (parent === null ? r.parentCode === null || !byCode.has(r.parentCode) : r.parentCode === parent))?.row ?? table.headerRow + 1
    const msg = parent === null ? problemText('import.problem.weightSumTop', { sum }) : problemText('import.problem.weightSum', { parent: labelOf(byCode.get(parent), parent), sum })
    problems.push(problemAt(table, row, 'weight', msg, 'warning'))
  }
}

function labelOf(row: SchemeRow | undefined, code: string): string {
  return row ? `${code} ${row.name}` : code
}

/**
 * 指标体系: a new scheme (version 1, draft) with its indicators. An existing name is refused (a
 * frozen one first says it is frozen, naming the period, in the preview as in the write): replacing
 * a scheme in place could orphan ratings and frozen results, so a new name is the safe way.
 */
export const schemeImporter: Importer<'scheme', SchemePlan> = {
  plan: (input, ctx) => planSchemeImport(ctx.db, input.file, input.name, ctx, input),
  refuse(plan) {
    if (plan.exists) throw new AppError('conflict', problemText('import.problem.schemeExists', { name: plan.name }))
  },
  async write(plan, input, ctx) {
    const name = plan.name
    const now = new Date().toISOString()
    const scheme = await ctx.db
      .insertInto('schemes')
      .values({ name, version: 1, status: 'draft', created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    const values = plan.rows.map((r, i) => ({
      scheme_id: scheme.id,
      code: r.code,
      name: r.name,
      parent_code: r.parentCode,
      weight: r.weight,
      layer: r.layer,
      scope: JSON.stringify(r.scope),
      nature: r.nature,
      mode: r.mode,
      target: r.target,
      direction: r.direction,
      cap: r.cap,
      valid_from: r.validFrom,
      valid_to: r.validTo,
      description: r.description,
      sort_order: i + 1,
    }))
    for (let i = 0; i < values.length; i += 500) {
      await ctx.db.insertInto('indicators').values(values.slice(i, i + 500)).execute()
      ctx.progress(Math.min(i + 500, values.length), values.length, 'progress.writing')
      await ctx.checkpoint()
    }
    ctx.audit({
      entity: 'scheme',
      entityId: `${name}/1`,
      before: null,
      after: { name, version: 1, file: input.file.fileName, fileHash: plan.preview.fileHash, indicators: plan.rows.map(({ row: _row, ...r }) => r) },
    })
    return { written: values.length, batchId: null }
  },
}

async function refuseFrozenName(db: Kysely<Database>, name: string): Promise<void> {
  const existing = await db.selectFrom('schemes').select('name').where('name', '=', name.trim()).executeTakeFirst()
  if (existing) await assertEditable(db, await findSchemeVersion(db, existing.name))
}
