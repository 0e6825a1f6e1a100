import type { ImportInput, ImportKind, ImportPreviewOf } from '../../../shared/contract'
import type { HandlerContext } from '../context'

/** What a write reports back: the rows written and the import batch they belong to (null where a kind keeps none). */
export interface Written {
  written: number
  batchId: number | null
}

/** A plan carries at least the preview; the rest is what its kind's write needs. */
export interface Planned<K extends ImportKind> {
  preview: ImportPreviewOf<K>
}

/**
 * One kind of import, all of it in one definition (one file in its domain folder, named in
 * registry.ts). The pipeline (handlers.ts) is the only path an import takes: `plan` once per call;
 * the preview method answers its preview; the commit refuses by `refuse`, then on any error in the
 * preview ('bad-file' with the problems), and only then calls `write`.
 */
export interface Importer<K extends ImportKind, P extends Planned<K> = Planned<K>> {
  /**
   * Reads the file with the kind's reader and compares it with the database: the preview with every
   * problem located, and everything the write needs. Writes nothing, so it serves both methods.
   */
  plan(input: ImportInput<K>, ctx: HandlerContext): Promise<P>
  /**
   * The batch/replace rule: throws when this write must not happen even though the file is fine
   * (the same bytes imported before without `replace`, a scheme name taken). Absent: no such rule.
   */
  refuse?(plan: P, input: ImportInput<K>): void
  /** Writes the plan in the dispatch's one transaction, with its audit entries; progress and cancel between chunks. */
  write(plan: P, input: ImportInput<K>, ctx: HandlerContext): Promise<Written>
}
