import { ZodError } from 'zod'
import type { Kysely } from 'kysely'
import { contract, isMethodName, type CallOutcome, type MethodName, type Output, type RpcError } from '../../shared/contract'
import { t } from '../../shared/i18n'
import type { Database } from '../db/schema'
import { AppError, Cancelled } from '../../shared/contract/app-error'
import type { AuditRecord, BackendInfo, Caller, Handlers, HandlerContext, ProgressListener } from '../core/context'
import { DatabaseRefused } from '../db/open-database'
import { appendAudit } from '../db/audit-chain'
import { setValidationLocale } from '../../shared/i18n/validation-locale'

export type { CallOutcome }

// Validation messages reach clerks: Chinese by default (system-locale switches them with the rest).
setValidationLocale('zh-CN')

export interface DispatchOptions {
  onProgress?: ProgressListener
  signal?: AbortSignal
}

export interface Dispatcher {
  call(caller: Caller, method: string, input: unknown, opts?: DispatchOptions): Promise<CallOutcome>
}

/**
 * The one dispatch behind every transport: checks the method exists, validates the input, checks the
 * caller may make the call, runs the handler (changing calls in one transaction, with their audit
 * entries written in it), and maps every failure to `{ code, message }`.
 */
export function createDispatcher(db: Kysely<Database>, backend: BackendInfo, handlers: Handlers): Dispatcher {
  return {
    async call(caller, method, rawInput, opts = {}) {
      try {
        if (!isMethodName(method)) return fail('unknown-method', t('error.unknownMethod', { method }))
        const spec = contract[method]
        const parsed = spec.input.safeParse(rawInput ?? {})
        if (!parsed.success) return fail('invalid-input', t('error.invalidInput', { details: describeZod(parsed.error) }))
        if (spec.mutates && caller.role === 'readonly') {
          return fail('forbidden', t('error.forbidden', { role: t(`role.${caller.role}`) }))
        }
        const result = await run(method, parsed.data, caller, opts, spec.mutates)
        return { ok: true, result }
      } catch (e) {
        return { ok: false, error: mapError(e) }
      }
    },
  }

  async function run(method: MethodName, input: unknown, caller: Caller, opts: DispatchOptions, mutates: boolean) {
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
    return db.transaction().execute(async (trx) => {
      const result = await handler(input, base(trx))
      if (signal.aborted) throw new Cancelled()
      if (audits.length === 0) audits.push({ entity: method.split('-')[0], after: summarise(input) })
      const at = new Date().toISOString()
      const rows = audits.map((a) => ({
        at,
        user_name: caller.name,
        user_role: caller.role,
        method,
        entity: a.entity,
        entity_id: a.entityId === undefined || a.entityId === null ? null : String(a.entityId),
        before: a.before === undefined ? null : JSON.stringify(a.before),
        after: a.after === undefined ? null : JSON.stringify(a.after),
      }))
      // linked into the hash chain and inserted in chunks (a 10,000-person import writes 10,000 entries)
      await appendAudit(trx, rows)
      return result
    })
  }
}

function fail(code: RpcError['code'], message: string): CallOutcome<never> {
  return { ok: false, error: { code, message } }
}

function mapError(e: unknown): RpcError {
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

/** File bytes are not worth keeping in the audit log: keep their name and size. */
function summarise(input: unknown): unknown {
  return JSON.parse(
    JSON.stringify(input, (k, v) => (k === 'dataBase64' && typeof v === 'string' ? `<${Math.round((v.length * 3) / 4)} 字节>` : v)),
  )
}
