import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { fileOverLimitMessage, isLocalFile, MAX_IMPORT_BASE64_CHARS, MAX_IMPORT_FILE_BYTES, type ColumnMapping, type FileInput, type ImportPreview, type ImportProblem, type LocalFile } from '../../shared/contract'
import { AppError } from '../../shared/contract/app-error'
import { isMessageKey, t, type MessageKey } from '../../shared/i18n'
import type { FieldSpec } from './fields'
import { findTable, type FoundTable, type TableOptions, type TableSearch } from './find-table'
import { loadWorkbook } from './load-workbook'
import { cellAt, columnNumber, type WorkbookModel } from './model'
import { cellText } from './normalize'
import { shownValue } from './problems'

export type TemplateName = 'roster' | 'scheme' | 'ratings' | 'okr' | 'calendar'

/** The part of a handler context the reading steps need, so importers stay testable without one. */
export interface ImportProgress {
  progress(done: number, total: number, stage: MessageKey): void
  checkpoint(): Promise<void>
}

export const noProgress: ImportProgress = { progress: () => undefined, checkpoint: async () => undefined }

/** What the clerk decided about reading the table: past a note row, and columns mapped by hand (the input's fields of the same names). */
export type ReadChoices = Pick<TableOptions, 'afterNote' | 'columns'>

export interface ReadFile {
  fileName: string
  fileHash: string
  workbook: WorkbookModel
  search: TableSearch
  template: TemplateName
  /** the kind's fields: what a column may be mapped to by hand */
  fields: FieldSpec[]
  /** the columns mapped by hand for this read (header → field key, '' for 忽略) */
  columns: Readonly<Record<string, string>>
}

/**
 * The file's bytes: a file on disk read after its size is checked, one sent from a page decoded
 * after its encoded length is; a file over the import limit is refused before a byte is read.
 */
export function fileBytes(file: FileInput): Buffer {
  if (isLocalFile(file)) return readLocalFile(file)
  if (file.dataBase64.length > MAX_IMPORT_BASE64_CHARS) {
    throw new AppError('bad-file', fileOverLimitMessage(file.fileName, Math.floor((file.dataBase64.length * 3) / 4)))
  }
  return Buffer.from(file.dataBase64, 'base64')
}

function readLocalFile(file: LocalFile): Buffer {
  let stat: fs.Stats
  try {
    stat = fs.statSync(file.path)
  } catch {
    throw new AppError('bad-file', t('cli.fileNotFound', { path: file.path }))
  }
  if (stat.isDirectory()) throw new AppError('bad-file', t('import.file.isFolder', { path: file.path }))
  if (stat.size > MAX_IMPORT_FILE_BYTES) throw new AppError('bad-file', fileOverLimitMessage(file.fileName, stat.size))
  try {
    return fs.readFileSync(file.path)
  } catch {
    throw new AppError('bad-file', t('import.file.noAccess', { path: file.path }))
  }
}

/** How long the last read is kept for the commit that follows its preview; the clerk reads the preview first. */
const KEEP_READ_MS = 15 * 60 * 1000

/**
 * The last workbook read, by its bytes' hash and name: the preview reads the file, the commit of the
 * same bytes right after it reuses that read instead of parsing again (a 20,000-merge workbook takes
 * exceljs tens of seconds). One entry, so memory holds at most one model (bounded by the cell cap);
 * the model is never changed after reading, so sharing it is safe. The commit still compares with
 * the database afresh and still refuses on any error.
 */
let lastRead: { hash: string; fileName: string; workbook: WorkbookModel; timer: ReturnType<typeof setTimeout> } | null = null

/** Drops the kept read (after a commit wrote it: the same bytes again would be refused or replaced anyway). */
export function forgetLastRead(): void {
  if (lastRead) clearTimeout(lastRead.timer)
  lastRead = null
}

async function readWorkbook(bytes: Buffer, fileName: string, hash: string): Promise<WorkbookModel> {
  if (lastRead && lastRead.hash === hash && lastRead.fileName === fileName) return lastRead.workbook
  forgetLastRead()
  const workbook = await loadWorkbook(bytes, fileName)
  const timer = setTimeout(forgetLastRead, KEEP_READ_MS)
  // the kept read must never keep the process (the CLI, a test) alive
  timer.unref?.()
  lastRead = { hash, fileName, workbook, timer }
  return workbook
}

/** Decodes, hashes and reads the file (or takes the read its preview just made), and finds the template's table in it. */
export async function readImportFile(
  file: FileInput,
  template: TemplateName,
  fields: FieldSpec[],
  ctx: ImportProgress,
  options: TableOptions = {},
): Promise<ReadFile> {
  ctx.progress(0, 1, 'progress.reading')
  const columns = options.columns ?? {}
  checkColumnChoices(columns, fields)
  const bytes = fileBytes(file)
  const fileHash = createHash('sha256').update(bytes).digest('hex')
  const workbook = await readWorkbook(bytes, file.fileName, fileHash)
  await ctx.checkpoint()
  const search = findTable(workbook, fields, options)
  ctx.progress(1, 1, 'progress.reading')
  return { fileName: file.fileName, fileHash, workbook, search, template, fields, columns }
}

/** A hand-made choice must name one of the kind's fields: the select offers no other, so another caller's mistake is refused, not ignored. */
function checkColumnChoices(columns: Readonly<Record<string, string>>, fields: FieldSpec[]): void {
  for (const [header, key] of Object.entries(columns)) {
    if (key !== '' && !fields.some((f) => f.key === key)) throw new AppError('invalid-input', t('import.columns.unknownField', { header: shownValue(header), field: shownValue(key) }))
  }
}

/** The display name of a field in the user's language; the template header when none is set. */
export function fieldLabel(template: TemplateName, field: FieldSpec): string {
  const key = `import.field.${template}.${field.key}`
  return isMessageKey(key) ? t(key) : field.label
}

export interface PreviewCounts {
  adds: number
  changes: number
  unchanged: number
}

/** The preview every importer fills in: what was understood, the counts, every problem. */
export function buildPreview(
  read: ReadFile,
  counts: PreviewCounts,
  problems: ImportProblem[],
  notes: string[],
  sample: Record<string, string | number | null>[],
): ImportPreview {
  const table: FoundTable | null = read.search.table
  const columns: ColumnMapping[] = (table?.columns ?? []).map((c) => ({
    column: c.letter,
    header: c.header,
    field: c.field?.key ?? null,
    fieldLabel: c.field ? fieldLabel(read.template, c.field) : null,
  }))
  const all = [...read.search.problems, ...problems]
  return {
    fileName: read.fileName,
    fileHash: read.fileHash,
    sheet: table?.sheet ?? null,
    sheets: read.search.sheets,
    headerRow: table?.headerRow ?? null,
    columns,
    dataRows: table?.rows.length ?? 0,
    ...counts,
    problems: sortProblems(all.map((p) => withValue(read.workbook, p))),
    notes: [...read.workbook.notes, ...read.search.notes, ...notes],
    sample: sample.slice(0, 10),
    ok: !all.some((p) => p.severity === 'error'),
    noteRow: read.search.noteRow,
    fieldChoices: read.fields.map((f) => ({ key: f.key, label: fieldLabel(read.template, f), required: f.required })),
    columnChoices: { ...read.columns },
    columnsRemembered: false,
  }
}

/** The problem's cell as the clerk reads it, from the file itself, so every problem shows what it is about in the same way. */
function withValue(workbook: WorkbookModel, p: ImportProblem): ImportProblem {
  if (p.value !== undefined || p.row === null || p.column === null) return p
  const sheet = workbook.sheets.find((s) => s.name === p.sheet)
  const text = sheet ? cellText(cellAt(sheet, p.row, columnNumber(p.column))) : null
  return { ...p, value: text === null ? null : shownValue(text) }
}

/** Sheet-wide problems first, then by row and column, errors before warnings on the same cell. */
function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => {
      const ra = a.p.row ?? 0
      const rb = b.p.row ?? 0
      if (ra !== rb) return ra - rb
      const ca = a.p.column ?? ''
      const cb = b.p.column ?? ''
      if (ca.length !== cb.length) return ca.length - cb.length
      if (ca !== cb) return ca < cb ? -1 : 1
      return a.i - b.i
    })
    .map((x) => x.p)
}
