import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import type { MethodName, Output, ParsedInput, ProgressEvent } from '../../shared/contract'
import type { MessageKey } from '../../shared/i18n'

export type UserRole = 'admin' | 'staff' | 'readonly'

/** Who is calling. A single local user for now; accounts fill this in later. */
export interface Caller {
  name: string
  role: UserRole
}

export interface AuditRecord {
  entity: string
  entityId?: string | number | null
  before?: unknown
  after?: unknown
}

export interface BackendInfo {
  dbPath: string
  version: string
}

export interface HandlerContext {
  /** inside a transaction for changing calls */
  db: Kysely<Database>
  caller: Caller
  backend: BackendInfo
  signal: AbortSignal
  progress(done: number, total: number, stage: MessageKey): void
  /** lets progress and a cancel through; throws Cancelled when the caller gave up */
  checkpoint(): Promise<void>
  audit(record: AuditRecord): void
}

export type Handler<M extends MethodName> = (input: ParsedInput<M>, ctx: HandlerContext) => Promise<Output<M>>
export type HandlerMap<M extends MethodName> = { [K in M]: Handler<K> }
export type Handlers = HandlerMap<MethodName>

export type ProgressListener = (event: ProgressEvent) => void
