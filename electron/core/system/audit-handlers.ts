import type { Kysely } from 'kysely'
import type { HandlerMap } from '../context'
import type { AuditVerification, ParsedInput } from '../../../shared/contract'
import type { Database } from '../../db/schema'
import { AUDIT_EXPORT_MAX, writeAuditWorkbook } from '../../excel/write/audit-workbook'
import type { AuditBreak } from '../../../shared/domain/audit-chain'
import { t } from '../../../shared/i18n'
import { loadUnitName } from '../report/report-queries'
import { walkAuditChain } from '../../db/audit-chain'

type AuditFilters = Omit<ParsedInput<'audit-list'>, 'limit'>

/** The audit rows the filters select, newest first; every filter optional and combined with AND. */
function selectAudit(db: Kysely<Database>, input: AuditFilters) {
  let q = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc')
  if (input.user !== undefined) q = q.where('user_name', '=', input.user)
  if (input.method !== undefined) q = q.where('method', '=', input.method)
  if (input.entity !== undefined) q = q.where('entity', '=', input.entity)
  // `at` is stored as UTC ISO text, so moments compare as text once they are UTC ISO too
  if (input.since !== undefined) q = q.where('at', '>=', startOf(input.since))
  if (input.until !== undefined) q = isDay(input.until) ? q.where('at', '<', startOf(input.until, 1)) : q.where('at', '<=', startOf(input.until))
  return q
}

export const auditHandlers: HandlerMap<'audit-list' | 'audit-verify' | 'audit-export'> = {
  async 'audit-export'(input, ctx) {
    return writeAuditWorkbook(await selectAudit(ctx.db, input).limit(AUDIT_EXPORT_MAX).execute(), input, await loadUnitName(ctx.db))
  },
  async 'audit-list'(input, ctx) {
    const rows = await selectAudit(ctx.db, input).limit(input.limit).execute()
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      user: r.user_name,
      role: r.user_role,
      method: r.method,
      entity: r.entity,
      entityId: r.entity_id,
      before: r.before === null ? null : JSON.parse(r.before),
      after: r.after === null ? null : JSON.parse(r.after),
    }))
  },
  async 'audit-verify'(_input, ctx) {
    // one read transaction: a change committed during the walk is seen whole (rows and head) or not at all
    const walk = await ctx.db.transaction().execute((trx) => walkAuditChain(trx))
    if (walk.broken === null) {
      return { ok: true, rows: walk.rows, lastId: walk.last?.id ?? null, lastHash: walk.last?.hash ?? null, message: t('audit.verify.ok', { rows: walk.rows }) }
    }
    const b = walk.broken
    return { ok: false, rows: walk.rows, problem: b.problem, id: b.id, message: describeBreak(b) } satisfies AuditVerification
  },
}

function describeBreak(b: AuditBreak): string {
  const params = { id: b.id, prev: b.prev }
  switch (b.problem) {
    case 'edited':
      return t('audit.verify.edited', params)
    case 'missing':
      return t('audit.verify.missing', params)
    case 'relinked':
      return t(b.prev === null ? 'audit.verify.relinkedFirst' : 'audit.verify.relinked', params)
    case 'truncated':
      return t(b.prev === null ? 'audit.verify.emptied' : 'audit.verify.truncated', params)
    case 'head':
      return t('audit.verify.head', params)
  }
}

const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s)

/** A day as the UTC ISO moment its local midnight is (`plusDays` later), or a moment as UTC ISO. */
function startOf(s: string, plusDays = 0): string {
  if (!isDay(s)) return new Date(s).toISOString()
  const [y, m, d] = s.split('-').map(Number)
  return new Date(y, m - 1, d + plusDays).toISOString()
}
