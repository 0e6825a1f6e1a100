import type { AuditEntry, AuditVerification } from '../../shared/contract'
import { t } from '../../shared/i18n'
import { call, type CommandEnv } from './command-env'
import { optional, UsageError } from './options'

const DAY_OR_MOMENT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/

/**
 * `audit verify [--json]`: walks the log's hash chain ('audit-verify'). Exit 0 printing the row count,
 * or 1 printing which row broke the chain first and how; other programs rely on both.
 * `audit list [--user NAME] [--method M] [--entity E] [--since DATE] [--until DATE] [--limit N] [--json]`:
 * the entries, newest first; JSON is the AuditEntry[] array as 'audit-list' returns it.
 */
export async function auditCommand(env: CommandEnv): Promise<number> {
  const sub = env.args.positionals[1]
  if (sub === 'verify') return verify(env)
  if (sub === 'list') return list(env)
  throw new UsageError(t('cli.missingArg', { name: t('audit.cli.sub') }))
}

async function verify(env: CommandEnv): Promise<number> {
  const v = await call<AuditVerification>(env, 'audit-verify', {})
  env.io.out(env.json ? JSON.stringify(v, null, 2) : v.message)
  return v.ok ? 0 : 1
}

async function list(env: CommandEnv): Promise<number> {
  const when = (name: string) => {
    const v = optional(env, name)
    if (v !== undefined && !DAY_OR_MOMENT.test(v)) throw new UsageError(t('audit.cli.badDate', { value: v }))
    return v
  }
  const limit = optional(env, 'limit')
  if (limit !== undefined && !/^\d+$/.test(limit)) throw new UsageError(t('audit.cli.badLimit', { value: limit }))
  const filters = { user: optional(env, 'user'), method: optional(env, 'method'), entity: optional(env, 'entity'), since: when('since'), until: when('until') }
  const input = Object.fromEntries(Object.entries({ ...filters, limit: limit === undefined ? undefined : Number(limit) }).filter(([, v]) => v !== undefined))
  const entries = await call<AuditEntry[]>(env, 'audit-list', input)
  if (env.json) {
    env.io.out(JSON.stringify(entries, null, 2))
    return 0
  }
  if (entries.length === 0) env.io.out(t('audit.cli.none'))
  for (const e of entries) {
    env.io.out(t('audit.cli.entry', { id: e.id, at: e.at, user: e.user, method: e.method, entity: [e.entity, e.entityId].filter(Boolean).join(' · ') }))
  }
  return 0
}
