import {
  commitMethod,
  importKindNames,
  previewMethod,
  type ColumnChoices,
  type ImportInput,
  type ImportKind,
  type ImportMethodName,
  type ImportPreview,
  type ImportResult,
} from '../../../shared/contract'
import { AppError } from '../../../shared/contract/app-error'
import { t } from '../../../shared/i18n'
import { hasErrors, refusalMessage } from '../../excel/problems'
import { forgetLastRead } from '../../excel/read-import'
import type { HandlerContext, HandlerMap } from '../context'
import type { Planned } from './importer'
import { importers } from './registry'
import { headerRowOf, rememberedColumnsFor, saveRememberedColumns } from './remembered-columns'

/** The choices as one line of the preview's notes: `“职工代码”→工号、“备用”→忽略`. */
function choicesText(preview: ImportPreview, columns: ColumnChoices): string {
  const label = (key: string) => (key === '' ? t('import.columns.ignoredWord') : (preview.fieldChoices.find((f) => f.key === key)?.label ?? key))
  return Object.entries(columns)
    .map(([header, key]) => t('import.columns.pair', { header, field: label(key) }))
    .join(t('import.columns.separator'))
}

/** every kind's input has `columns` (import-kinds.ts `reading`); a generic kind hides it from the compiler */
const columnsOf = (input: object): ColumnChoices | undefined => (input as { columns?: ColumnChoices }).columns

/**
 * The kind's plan, with the clerk's column choices: the input's when it carries them, else the ones
 * remembered for the same kind and header row (the file is read once; only the table is found again).
 */
async function planWithColumns<K extends ImportKind>(kind: K, input: ImportInput<K>, ctx: HandlerContext): Promise<Planned<K>> {
  const importer = importers[kind]
  const plan = await importer.plan(input, ctx)
  const given = columnsOf(input)
  if (given !== undefined) {
    if (Object.keys(given).length > 0) plan.preview.notes.push(t('import.columns.applied', { list: choicesText(plan.preview, given) }))
    return plan
  }
  const remembered = await rememberedColumnsFor(ctx.db, kind, plan.preview)
  if (!remembered) return plan
  const again = await importer.plan({ ...input, columns: remembered.columns }, ctx)
  again.preview.columnsRemembered = true
  again.preview.notes.push(t('import.columns.remembered', { list: choicesText(again.preview, remembered.columns) }))
  return again
}

/** What the file would bring in, nothing written. */
export async function previewImport<K extends ImportKind>(kind: K, input: ImportInput<K>, ctx: HandlerContext): Promise<Planned<K>['preview']> {
  return (await planWithColumns(kind, input, ctx)).preview
}

/**
 * The one commit of every kind: plan, the kind's own refusal, no write while the preview has an
 * error, then the write, and the column choices it was read with remembered for its header row.
 * The plan reads the file once, reusing the read of the preview just made of the same bytes
 * (excel/read-import.ts), and compares with the database afresh.
 */
export async function commitImport<K extends ImportKind>(kind: K, input: ImportInput<K>, ctx: HandlerContext): Promise<ImportResult> {
  const importer = importers[kind]
  const plan = await planWithColumns(kind, input, ctx)
  importer.refuse?.(plan, input)
  const { preview } = plan
  if (hasErrors(preview.problems)) throw new AppError('bad-file', refusalMessage(preview.problems), preview.problems)
  const { written, batchId } = await importer.write(plan, input, ctx)
  const given = columnsOf(input)
  if (given !== undefined && preview.columns.length > 0) {
    const headers = headerRowOf(preview)
    const change = await saveRememberedColumns(ctx.db, { kind, headers, columns: given, savedAt: new Date().toISOString() })
    if (JSON.stringify(change.before?.columns ?? null) !== JSON.stringify(change.after?.columns ?? null)) {
      ctx.audit({ entity: 'settings', entityId: `import.columns/${kind}`, before: change.before, after: change.after ?? { kind, headers, columns: {} } })
    }
  }
  forgetLastRead()
  return { preview, written, batchId }
}

/** `<kind>-import-preview` and `<kind>-import` for every kind, as the contract derives them. */
export const importHandlers = Object.fromEntries(
  importKindNames.flatMap((kind) => [
    [previewMethod(kind), (input: ImportInput<typeof kind>, ctx: HandlerContext) => previewImport(kind, input, ctx)],
    [commitMethod(kind), (input: ImportInput<typeof kind>, ctx: HandlerContext) => commitImport(kind, input, ctx)],
  ]),
) as HandlerMap<ImportMethodName>
