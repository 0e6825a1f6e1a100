import { z } from 'zod'
import { method, type MethodSpec } from './define'
import { access } from './access'
import { afterNoteChoices, columnChoicesSchema, fileInput, type ImportPreview, type ImportResult } from './imports'
import type { RatingsPreview } from './ratings'

/** A scheme file's preview: the name it suggests for the new scheme (its title, sheet or file name). */
export interface SchemePreview extends ImportPreview {
  suggestedName: string
}

/**
 * Every kind of import, once: the fields its input has besides the file, and the type of its
 * preview. The contract's `<kind>-import-preview` and `<kind>-import` methods, the CLI's
 * `import KIND` (its options and help) and the UI's import dialog are all derived from this table;
 * the backend answers each kind with one importer (electron/core/imports/registry.ts).
 */
export interface ImportKindSpec<S extends z.ZodRawShape, P extends ImportPreview> {
  fields: S
  /** a phantom, as in `method<O>()`: only its type matters */
  preview: P
  /** fields the input accepts (as it always has) but the importer never reads: the CLI neither offers nor passes them */
  unread: readonly (keyof S & string)[]
}

function kind<P extends ImportPreview = ImportPreview>() {
  return <S extends z.ZodRawShape>(fields: S, opts: { unread?: readonly (keyof S & string)[] } = {}): ImportKindSpec<S, P> => ({
    fields,
    preview: undefined as unknown as P,
    unread: opts.unread ?? [],
  })
}

/**
 * every kind reads a table that may have a note row with data below it: stop there or read on (unset:
 * the preview asks); and may carry the clerk's choice for columns not understood by their header
 * (unset: the choice remembered for the same header row, if any)
 */
const reading = { afterNote: z.enum(afterNoteChoices).optional(), columns: columnChoicesSchema.optional() }
const period = { period: z.string().min(1).max(50) }
/** the file was imported before: replace that batch instead of refusing */
const replace = { replace: z.boolean().optional() }
/** the indicator's code, when the scheme has more than one candidate */
const indicator = { indicator: z.string().min(1).max(50).optional() }

export const importKinds = {
  roster: kind()({ ...reading }),
  /**
   * always a new scheme: replacing one in place could orphan ratings and frozen results; without a
   * name (or a blank one) the scheme is named by the file's title, which the preview suggests
   */
  scheme: kind<SchemePreview>()({ name: z.string().max(100).optional(), ...reading }),
  /** long or wide layout, detected; the preview says which */
  ratings: kind<RatingsPreview>()({ ...period, ...replace, ...reading }),
  ballots: kind()({ ...period, ...indicator, ...replace, ...reading }),
  satisfaction: kind()({ ...period, ...indicator, ...replace, ...reading }),
  /** every row names its indicator; `indicator` stays accepted as the three input imports always shared one input */
  measures: kind()({ ...period, ...indicator, ...replace, ...reading }, { unread: ['indicator'] }),
  /**
   * a person's year already stored with other grades is updated (before and after audited); the
   * same file's bytes again are refused unless `replace` (then only what differs is written)
   */
  history: kind()({ ...replace, ...reading }),
  /** the same file again is always refused: every row would already be stored */
  penalties: kind()({ ...reading }),
  /**
   * 目标与关键结果: an objective (owner + 目标) not yet stored is added with its key results; a key
   * result already stored is updated where the file differs, and a 当前值 that differs from its
   * current value is recorded as a progress report. All of it in one transaction, or none.
   */
  okr: kind()({ ...reading }),
  /**
   * 节假日安排 for a year not built in: every year the file names becomes the office's, whole (its
   * earlier entries for that year replaced); other years are left as they are
   */
  calendar: kind()({ ...reading }),
}

type Kinds = typeof importKinds
export type ImportKind = keyof Kinds
export const importKindNames = Object.keys(importKinds) as ImportKind[]
/** every field name some kind's input has besides the file */
export type ImportFieldName = { [K in ImportKind]: keyof Kinds[K]['fields'] & string }[ImportKind]

export type ImportInputShape<K extends ImportKind> = { file: typeof fileInput } & Kinds[K]['fields']
export type ImportInputSchema<K extends ImportKind> = ImportInputShape<K> extends infer S extends z.ZodRawShape ? z.ZodObject<S, z.core.$strip> : never
/** a kind's input as the handler receives it (validated) */
export type ImportInput<K extends ImportKind> = z.output<ImportInputSchema<K>>
/** the fields besides the file, as a caller writes them (distributes over a union of kinds) */
export type ImportExtra<K extends ImportKind> = K extends ImportKind ? Omit<z.input<ImportInputSchema<K>>, 'file'> : never
export type ImportPreviewOf<K extends ImportKind> = Kinds[K]['preview']

export type PreviewMethod<K extends ImportKind> = `${K}-import-preview`
export type CommitMethod<K extends ImportKind> = `${K}-import`
export const previewMethod = <K extends ImportKind>(k: K): PreviewMethod<K> => `${k}-import-preview`
export const commitMethod = <K extends ImportKind>(k: K): CommitMethod<K> => `${k}-import`

export type ImportMethods = {
  [K in ImportKind as PreviewMethod<K>]: MethodSpec<ImportInputSchema<K>, ImportPreviewOf<K>>
} & {
  [K in ImportKind as CommitMethod<K>]: MethodSpec<ImportInputSchema<K>, ImportResult>
}
export type ImportMethodName = keyof ImportMethods

export function importInputSchema<K extends ImportKind>(k: K): ImportInputSchema<K> {
  return z.object({ file: fileInput, ...importKinds[k].fields }) as unknown as ImportInputSchema<K>
}

/**
 * Both methods of every kind take the same input: the preview says what the commit would write, and
 * the commit writes nothing unless that preview has no errors. Both are long (progress, cancel).
 */
export const importMethods = Object.fromEntries(
  importKindNames.flatMap((k) => {
    const input = importInputSchema(k)
    return [
      [previewMethod(k), method<ImportPreview>()(input, { mutates: false, long: true, access: access.work })],
      [commitMethod(k), method<ImportResult>()(input, { mutates: true, long: true, access: access.work, backupBefore: 'import' })],
    ]
  }),
) as ImportMethods
