import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import type { DemoStatus, MethodName, Output, ParsedInput, ProgressEvent } from '../../shared/contract'
import type { MessageKey } from '../../shared/i18n'

import type { Role } from '../../shared/domain/roles'
import type { Grant } from '../../shared/domain/method-access'
import type { LiveDatabase } from '../db/backups/live-database'

/**
 * Who is calling, as the dispatch resolved it from the session for this call: the account, the role
 * the call is made as, and the departments it reaches (`scope`, null for the whole unit). Handlers of
 * `filtered` methods answer within `scope`; nothing else decides who sees what.
 */
export interface Caller {
  accountId: number | null
  name: string
  role: Role | null
  grants: Grant[]
  scope: number[] | null
  sessionId: number | null
  mustChangePassword: boolean
}

/** A public call (logging in, the first admin) made without a session. */
export const anonymous: Caller = { accountId: null, name: '—', role: null, grants: [], scope: null, sessionId: null, mustChangePassword: false }

/** What a transport hands the dispatch: the session token its user holds, if any. */
export interface Credential {
  session: string | null
}

export interface AuditRecord {
  entity: string
  entityId?: string | number | null
  before?: unknown
  after?: unknown
  /** the account the entry is about when no session names it yet (a login, the first admin) */
  as?: { name: string; role: string | null }
}

export interface BackendInfo {
  dbPath: string
  version: string
  /** the file may not be written: every change (and export, whose audit entry needs a write) is refused */
  readOnly?: boolean
  /** the file the backend serves, for backups and restore; absent for a dispatch over a bare connection */
  database?: LiveDatabase
  /** the 示例数据 switch (electron/rpc/demo-databases.ts); absent for a dispatch over a bare connection */
  demo?: DemoSwitch
}

/** Opens the training copy beside the database and goes back; the handlers only ask it. */
export interface DemoSwitch {
  status(): DemoStatus
  open(ctx: HandlerContext): Promise<DemoStatus>
  close(ctx: HandlerContext): Promise<DemoStatus>
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
