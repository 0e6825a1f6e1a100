import { ZodError } from 'zod'
import type { Kysely } from 'kysely'
import { contract, isMethodName, type BackupBefore, type CallOutcome, type MethodName, type Output, type RpcError } from '../../shared/contract'
import { t } from '../../shared/i18n'
import type { Database } from '../db/schema'
import { AppError, Cancelled, RecordedRefusal } from '../../shared/contract/app-error'
import type { AuditRecord, BackendInfo, Caller, Credential, Handlers, HandlerContext, ProgressListener } from '../core/context'
import { identify } from '../core/accounts/identify'
import { DatabaseRefused } from '../db/open-database'
import { appendAudit } from '../db/audit-chain'
import { setValidationLocale } from '../../shared/i18n/validation-locale'
import { sqliteFailure } from '../db/sqlite-errors'

export type { CallOutcome }

// Validation messages reach clerks: Chinese by default (system-locale switches them with the rest).
setValidationLocale('zh-CN')

export interface DispatchOptions {
  onProgress?: ProgressListener
  signal?: AbortSignal
  /** the caller is the command line on this computer: a file may be named by its path (see fileInput) */
  localFiles?: boolean
}

/** Where the dispatch finds the database for each call: fixed, or the live one a restore can replace. */
export type DatabaseSource = Kysely<Database> | (() => Promise<Kysely<Database>>)

/**
 * Asked before the transaction of a method the contract flags `backupBefore` opens (see
 * core/backups/automatic.ts): a failure refuses the call, nothing written. It may answer with how
 * to drop the copy, done when the call then fails and so changed nothing.
 */
export type BackupBeforeHook = (kind: BackupBefore, method: MethodName, input: unknown, opts: DispatchOptions) => Promise<(() => void) | undefined>

export interface Dispatcher {
  call(credential: Credential, method: string, input: unknown, opts?: DispatchOptions): Promise<CallOutcome>
}

/**
 * The one dispatch behind every transport: checks the method exists, validates the input, finds the
 * account behind the session and checks its roles and departments against the method's access (in
 * the contract), runs the handler (changing calls in one transaction, with their audit entries
 * written in it; exports audited too), and maps every failure to `{ code, message }`.
 */
export function createDispatcher(source: DatabaseSource, backend: BackendInfo, handlers: Handlers, backupBefore?: BackupBeforeHook): Dispatcher {
  const database = typeof source === 'function' ? source : async () => source
  return {
    async call(credential, method, rawInput, opts = {}) {
      try {
        if (!isMethodName(method)) return fail('unknown-method', t('error.unknownMethod', { method }))
        const spec = contract[method]
        const db = await database()
        // who first: a caller that may not make the call learns nothing from the input's validation
        const who = await identify(db, credential, method, spec.access, new Date())
        if (!who.ok) return { ok: false, error: who.error }
        const parsed = spec.input.safeParse(rawInput ?? {})
        if (!parsed.success) return fail('invalid-input', t('error.invalidInput', { details: describeZod(parsed.error) }))
        // a path makes the backend read a file from disk: from a page that would reach any file on the machine
        if (!opts.localFiles && namesLocalFile(parsed.data)) return fail('invalid-input', t('error.localFileRefused'))
        // a read-only file: views only; an export too is refused, as its audit entry could not be written
        if (backend.readOnly && (spec.mutates || isExport(method))) return fail('read-only', t('db.readOnly', { path: backend.dbPath }))
        const dropBackup = spec.backupBefore && backupBefore ? await backupBefore(spec.backupBefore, method, parsed.data, opts) : undefined
        const result = await run(db, method, parsed.data, who.caller, opts).catch((e: unknown) => {
          dropBackup?.()
          throw e
        })
        if (isExport(method)) await auditExport(db, who.caller, method, parsed.data, result)
        return { ok: true, result }
      } catch (e) {
        return { ok: false, error: mapError(e, backend.dbPath) }
      }
    },
  }

  /** who took which data out, and under what name: an export changes nothing but is on the record */
  async function auditExport(db: Kysely<Database>, caller: Caller, method: MethodName, input: unknown, result: unknown) {
    const fileName = result && typeof result === 'object' && 'fileName' in result ? String((result as { fileName: unknown }).fileName) : null
    const row = auditRow(caller, method, new Date().toISOString(), { entity: 'export', entityId: exportedPeriod(input), after: { input: summarise(input, true), fileName } })
    await db.transaction().execute((trx) => appendAudit(trx, [row]))
  }

  async function run(db: Kysely<Database>, method: MethodName, input: unknown, caller: Caller, opts: DispatchOptions) {
    const { mutates, outsideTransaction } = contract[method]
    const signal = opts.signal ?? new AbortController().signal
    const audits: AuditRecord[] = []
    const base = (conn: Kysely<Database>): HandlerContext => ({
      db: conn,
      caller,
      backend,
      signal,
      progress: (done, total, stage) => opts.onProgress?.({ done, total, stage }),
      checkpoint: async () => {
        await new Promise((r) => setImmediate(r))
        if (signal.aborted) throw new Cancelled()
      },
      audit: (r) => audits.push(r),
    })
    const handler = handlers[method] as (i: unknown, c: HandlerContext) => Promise<Output<MethodName>>
    if (signal.aborted) throw new Cancelled()
    if (!mutates) return handler(input, base(db))
    if (outsideTransaction) {
      const result = await handler(input, base(db))
      if (audits.length === 0) audits.push({ entity: method.split('-')[0], after: summarise(input) })
      const at = new Date().toISOString()
      // after a restore, the database now served is the restored one: its log keeps the restore
      await (await database()).transaction().execute((trx) => appendAudit(trx, audits.map((a) => auditRow(caller, method, at, a))))
      return result
    }
    let refusal: RecordedRefusal | null = null
    const result = await db.transaction().execute(async (trx) => {
      let result: Output<MethodName> | undefined
      try {
        result = await handler(input, base(trx))
      } catch (e) {
        // a refusal that must leave its trace (a failed login): commit what was written, then refuse
        if (!(e instanceof RecordedRefusal)) throw e
        refusal = e
      }
      if (signal.aborted) throw new Cancelled()
      if (audits.length === 0) audits.push({ entity: method.split('-')[0], after: summarise(input) })
      const at = new Date().toISOString()
      // linked into the hash chain and inserted in chunks (a 10,000-person import writes 10,000 entries)
      await appendAudit(
        trx,
        audits.map((a) => auditRow(caller, method, at, a)),
      )
      return result
    })
    if (refusal) throw refusal
    return result
  }
}

// exported for the 示例数据 switch, which records itself in the file it leaves as well as the one it opens
export function auditRow(caller: Caller, method: MethodName, at: string, a: AuditRecord) {
  return {
    at,
    user_name: a.as?.name ?? caller.name,
    user_role: (a.as ? a.as.role : caller.role) ?? '—',
    method,
    entity: a.entity,
    entity_id: a.entityId === undefined || a.entityId === null ? null : String(a.entityId),
    before: a.before === undefined ? null : JSON.stringify(a.before),
    after: a.after === undefined ? null : JSON.stringify(a.after),
  }
}

/** Every file Kaohe writes comes from a method named for it: `…-export`, `…-export-all`. */
function isExport(method: MethodName): boolean {
  return /-export(-all)?$/.test(method)
}

function exportedPeriod(input: unknown): string | null {
  if (!input || typeof input !== 'object') return null
  const o = input as Record<string, unknown>
  const p = o.period ?? o.id
  if (typeof p === 'string') return p
  // an exchange package of several periods
  return Array.isArray(o.periods) ? o.periods.join(',') : null
}

function namesLocalFile(input: unknown): boolean {
  const file = input && typeof input === 'object' && 'file' in input ? (input as { file: unknown }).file : null
  return Boolean(file && typeof file === 'object' && 'path' in file)
}

function fail(code: RpcError['code'], message: string): CallOutcome<never> {
  return { ok: false, error: { code, message } }
}

function mapError(e: unknown, dbPath: string): RpcError {
  const sqlite = sqliteFailure(e, dbPath)
  if (sqlite) return sqlite
  if (e instanceof AppError) return { code: e.code, message: e.message, ...(e.problems ? { problems: e.problems } : {}) }
  if (e instanceof Cancelled) return { code: 'cancelled', message: t('error.cancelled') }
  if (e instanceof DatabaseRefused) return { code: 'conflict', message: e.message }
  if (e instanceof ZodError) return { code: 'invalid-input', message: t('error.invalidInput', { details: describeZod(e) }) }
  const ref = `E${Date.now().toString(36).toUpperCase()}`
  console.error(`[kaohe] internal error ${ref}:`, e)
  return { code: 'internal', message: t('error.internal', { ref }) }
}

function describeZod(err: ZodError): string {
  return err.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : t('error.wholeInput')}：${i.message}`)
    .join('；')
}

/**
 * File bytes are not worth keeping in the audit log: keep their name and size. Passwords and exchange
 * keys never reach it; a grid's rows are counted, not copied.
 */
function summarise(input: unknown, rowsCounted = false): unknown {
  return JSON.parse(
    JSON.stringify(input, (k, v) => {
      if (k === 'dataBase64' && typeof v === 'string') return `<${Math.round((v.length * 3) / 4)} 字节>`
      // a shared exchange key is a secret like a password: the log keeps neither
      if ((k === 'password' || k === 'old' || k === 'new' || k === 'key') && typeof v === 'string') return '<不记录>'
      if (k === 'rows' && Array.isArray(v) && rowsCounted) return `<${v.length} 行>`
      return v
    }),
  )
}
