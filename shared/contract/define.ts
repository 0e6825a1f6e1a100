import type { z } from 'zod'
import type { Access } from './access'

/**
 * One method of the contract: its input schema, the type of its output (a phantom: only the type
 * matters), whether it changes data (so the dispatch wraps it in a transaction and audits it),
 * whether it is long (so transports offer progress and cancel), and who may call it (checked by the
 * dispatch for every call, see access.ts).
 */
export interface MethodSpec<I extends z.ZodType, O> {
  input: I
  output: O
  mutates: boolean
  long: boolean
  access: Access
  /**
   * A copy of the database is taken before the call's transaction opens (an import's commit, the
   * period's approval): the dispatch asks for it, so the copy never sees a half-written state.
   */
  backupBefore: BackupBefore | null
  /**
   * The call works on the database file itself (a backup, a restore): the dispatch runs it outside
   * any transaction and writes its audit entries after it, in the database as it is then.
   */
  outsideTransaction: boolean
}

export type BackupBefore = 'import' | 'approval'

interface MethodOptions {
  mutates: boolean
  long?: boolean
  access: Access
  backupBefore?: BackupBefore
  outsideTransaction?: boolean
}

export function method<O>() {
  return <I extends z.ZodType>(input: I, opts: MethodOptions): MethodSpec<I, O> => ({
    input,
    output: undefined as unknown as O,
    mutates: opts.mutates,
    long: opts.long ?? false,
    access: opts.access,
    backupBefore: opts.backupBefore ?? null,
    outsideTransaction: opts.outsideTransaction ?? false,
  })
}

export interface ProgressEvent {
  done: number
  total: number
  /** an i18n key naming the stage, e.g. 'progress.reading' */
  stage: string
}

/** Errors cross every transport in this one shape; `message` is already in the user's language. */
export interface RpcError {
  code: ErrorCode
  message: string
  /** located problems (sheet, row, column) when the error is about a file's content */
  problems?: import('./imports').ImportProblem[]
}

export type ErrorCode =
  | 'invalid-input'
  | 'unknown-method'
  | 'not-found'
  | 'conflict'
  | 'forbidden'
  | 'unauthorized'
  | 'password-change-required'
  | 'bad-file'
  | 'cancelled'
  | 'frozen'
  | 'read-only'
  | 'busy'
  | 'storage'
  | 'damaged'
  | 'internal'

export type CallOutcome<T = unknown> = { ok: true; result: T } | { ok: false; error: RpcError }

/**
 * What the Electron preload exposes as `window.kaohe`: calls go to the one dispatch by method name
 * (the main process refuses names outside the contract), with progress and cancel by call id.
 */
export interface KaoheApi {
  /** `session`: the token from `auth-login`, null before signing in */
  call(method: string, input: unknown, callId: string, session: string | null): Promise<CallOutcome>
  cancel(callId: string): void
  onProgress(listener: (callId: string, event: ProgressEvent) => void): () => void
}
