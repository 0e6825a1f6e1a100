import {
  commitMethod,
  importKindNames,
  previewMethod,
  type ImportInput,
  type ImportKind,
  type ImportMethodName,
  type ImportPreviewOf,
  type ImportResult,
} from '../../../shared/contract'
import { AppError } from '../../../shared/contract/app-error'
import { hasErrors, refusalMessage } from '../../excel/problems'
import { forgetLastRead } from '../../excel/read-import'
import type { HandlerContext, HandlerMap } from '../context'
import { importers } from './registry'

/** What the file would bring in, nothing written. */
export async function previewImport<K extends ImportKind>(kind: K, input: ImportInput<K>, ctx: HandlerContext): Promise<ImportPreviewOf<K>> {
  return (await importers[kind].plan(input, ctx)).preview
}

/**
 * The one commit of every kind: plan, the kind's own refusal, no write while the preview has an
 * error, then the write. The plan reads the file once, reusing the read of the preview just made of
 * the same bytes (excel/read-import.ts), and compares with the database afresh.
 */
export async function commitImport<K extends ImportKind>(kind: K, input: ImportInput<K>, ctx: HandlerContext): Promise<ImportResult> {
  const importer = importers[kind]
  const plan = await importer.plan(input, ctx)
  importer.refuse?.(plan, input)
  const { preview } = plan
  if (hasErrors(preview.problems)) throw new AppError('bad-file', refusalMessage(preview.problems), preview.problems)
  const { written, batchId } = await importer.write(plan, input, ctx)
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
