import {
  commitMethod,
  previewMethod,
  type CommitMethod,
  type FileInput,
  type ImportExtra,
  type ImportKind,
  type ImportPreview,
  type ImportResult,
  type Input,
  type Output,
  type PreviewMethod,
} from '../../../shared/contract'
import { t, type MessageKey } from '../../../shared/i18n'
import { rpc, type RpcOptions } from '../lib/rpc'

/** What the backend understood of the file, as the kind's preview method answers it; nothing is written. */
export function previewImport<K extends ImportKind>(kind: K, file: FileInput, extra: ImportExtra<K>, opts: RpcOptions): Promise<Output<PreviewMethod<K>>> {
  return rpc(previewMethod(kind), { file, ...extra } as Input<PreviewMethod<K>>, opts)
}

/** The kind's commit: refused unless the same input previews without an error. */
export function commitImport<K extends ImportKind>(kind: K, file: FileInput, extra: ImportExtra<K>, opts: RpcOptions): Promise<ImportResult> {
  return rpc(commitMethod(kind), { file, ...extra } as Input<CommitMethod<K>>, opts)
}

/** The notes a backend announces a file seen before with: rating inputs (per period), and history and penalties. */
const reimportNotes: MessageKey[] = ['inputs.note.reimport', 'history.note.reimport']
const reimportPatterns = reimportNotes.flatMap((key) =>
  (['zh-CN', 'en'] as const).map((locale) => new RegExp(t(key, undefined, locale).replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.*'))),
)

/** The preview says the same bytes were imported before (its words in either language). */
export function announcesReimport(p: ImportPreview): boolean {
  return p.notes.some((n) => reimportPatterns.some((re) => re.test(n)))
}
