import { z } from 'zod'
import { t } from '../i18n'

/**
 * The one limit on a file to import, checked before its bytes are read or encoded (renderer, CLI)
 * and again on arrival: far above any roster or rating table, far below what base64, exceljs and
 * the model together can hold.
 */
export const MAX_IMPORT_FILE_BYTES = 100 * 1024 * 1024
export const MAX_IMPORT_FILE_MB = MAX_IMPORT_FILE_BYTES / 1024 / 1024
/** base64 carries 3 bytes in 4 characters */
export const MAX_IMPORT_BASE64_CHARS = Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4

/** The refusal of a file over the limit, in a clerk's words (renderer, CLI and backend alike). */
export function fileOverLimitMessage(fileName: string, bytes: number): string {
  return t('import.file.overLimit', {
    file: fileName ? t('import.file.named', { file: fileName }) : '',
    // rounded up, so a file just over the limit never reads as "100 MB, over the 100 MB limit"
    size: (Math.ceil((bytes / 1024 / 1024) * 10) / 10).toLocaleString('en-US'),
    limit: MAX_IMPORT_FILE_MB,
  })
}

/**
 * A file handed to the backend: from a page (IPC, HTTP) its bytes travel as base64. The schema's
 * bound is a hard stop at twice the limit; between the two, `fileBytes` refuses the file as a
 * 'bad-file' naming it and its size (a schema message would name the field, not the file).
 */
const sentFile = z.object({
  fileName: z.string().min(1).max(260),
  dataBase64: z.string().max(2 * MAX_IMPORT_BASE64_CHARS),
})
/**
 * A file on this computer named by its path, read from disk by the backend after its size is
 * checked, never carried through base64: only the command line may hand one over (the dispatch
 * refuses it from any other caller, or a page could make the backend read any file).
 */
const localFile = z.object({
  fileName: z.string().min(1).max(260),
  path: z.string().min(1).max(4000),
})
export const fileInput = z.union([sentFile, localFile])
export type FileInput = z.infer<typeof fileInput>
export type LocalFile = z.infer<typeof localFile>
export const isLocalFile = (f: FileInput): f is LocalFile => 'path' in f

export interface ImportProblem {
  severity: 'error' | 'warning'
  sheet: string
  /** 1-based row number as Excel shows it; null when the problem is about the whole sheet */
  row: number | null
  /** column letter as Excel shows it (A, B, …); null when not about one column */
  column: string | null
  /** the header text of that column as written in the file */
  columnName: string | null
  /** what the file holds in that cell, as the clerk reads it (cut at 30 characters); absent or null when the problem is not about one cell */
  value?: string | null
  message: string
}

export interface ColumnMapping {
  column: string
  header: string
  /** the field it feeds, or null when ignored */
  field: string | null
  fieldLabel: string | null
}

/**
 * The clerk's choice for columns the import did not understand by their header: header text as the
 * file writes it → the field it holds, or '' to leave the column out (忽略). Remembered for the
 * unit's next file with the same header row (electron/core/imports/remembered-columns.ts).
 */
export const MAX_COLUMN_CHOICES = 200
export const columnChoicesSchema = z
  .record(z.string().min(1).max(200), z.union([z.literal(''), z.string().regex(/^[A-Za-z][A-Za-z0-9_:-]{0,49}$/)]))
  .refine((m) => Object.keys(m).length <= MAX_COLUMN_CHOICES, { error: () => t('import.columns.tooMany', { max: MAX_COLUMN_CHOICES }) })
export type ColumnChoices = Record<string, string>

/** A field a column can be mapped to by hand, in the user's language. */
export interface FieldChoice {
  key: string
  label: string
  required: boolean
}

export interface SheetNote {
  name: string
  used: boolean
  note: string | null
}

/**
 * A note or signature row (`注：…`, `制表人`) the table met with rows below it that read like data:
 * whether the table ends there is the user's choice (the input's `afterNote`), never a silent end.
 */
export interface NoteRow {
  sheet: string
  /** 1-based row of the note */
  row: number
  /** rows below it that fill at least two of the table's columns */
  following: number
}

/** At such a note row: stop there, or skip the row and read on. */
export const afterNoteChoices = ['stop', 'read'] as const
export type AfterNote = (typeof afterNoteChoices)[number]

/** What an import understood, shown before anything is written. */
export interface ImportPreview {
  fileName: string
  fileHash: string
  sheet: string | null
  sheets: SheetNote[]
  /** 1-based row of the header (the lower row of a two-row header) */
  headerRow: number | null
  columns: ColumnMapping[]
  dataRows: number
  adds: number
  changes: number
  unchanged: number
  problems: ImportProblem[]
  notes: string[]
  /** a sample of the rows as understood, field → display value */
  sample: Record<string, string | number | null>[]
  /** true when nothing blocks the write */
  ok: boolean
  /** the first note row with data-like rows below it; null when the table has none */
  noteRow: NoteRow | null
  /** the fields a column of this kind can be mapped to by hand */
  fieldChoices: FieldChoice[]
  /** the columns mapped by hand in this preview (the input's, or the ones remembered for this header row) */
  columnChoices: ColumnChoices
  /** true when `columnChoices` came from the unit's earlier import of the same header row, not from the input */
  columnsRemembered: boolean
}

export interface ImportResult {
  preview: ImportPreview
  written: number
  batchId: number | null
}
