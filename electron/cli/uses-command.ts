import type { ExportedFile } from '../../shared/contract'
import { useListKinds, useStatuses, type ResultUses, type UseItem, type UseListKind, type UseStatus } from '../../shared/contract/uses'
import { t } from '../../shared/i18n'
import { call, type CommandEnv } from './command-env'
import { need, UsageError, writeExport } from './options'

function yearOption(env: CommandEnv): number {
  const raw = need(env, 'year')
  if (!/^\d{4}$/.test(raw)) throw new UsageError(t('uses.cli.badYear', { value: raw }))
  return Number(raw)
}

/**
 * `uses --year Y [--json] [--out FILE.xlsx]`: the year's result-use lists ('uses-list'), or the
 * workbook ('uses-export') written to FILE. `uses mark --year Y --kind KIND --subject NO --status
 * done|pending [--note TEXT]`: records whether a measure was carried out ('uses-mark').
 */
export async function usesCommand(env: CommandEnv): Promise<number> {
  if (env.args.positionals[1] === 'mark') return mark(env)
  const year = yearOption(env)
  const out = env.args.options.out
  if (typeof out === 'string' && out !== '') return exportTo(env, year, out)
  const uses = await call<ResultUses>(env, 'uses-list', { year })
  if (env.json) {
    env.io.out(JSON.stringify(uses, null, 2))
    return 0
  }
  const lists = uses.lists.filter((l) => l.items.length > 0)
  if (lists.length === 0) env.io.out(t('uses.cli.empty', { year }))
  for (const l of lists) {
    env.io.out(t('uses.cli.list', { list: l.title, count: l.items.length }))
    for (const i of l.items) env.io.out(line(i))
  }
  return 0
}

function line(i: UseItem): string {
  return ['', i.subject === i.department ? i.department : `${i.subject} ${i.name}`, i.subject === i.department ? '' : i.department, i.basis, i.action, t(`uses.status.${i.status}`), i.note ?? ''].join('\t').trimEnd()
}

async function exportTo(env: CommandEnv, year: number, out: string): Promise<number> {
  const file = await call<ExportedFile>(env, 'uses-export', { year })
  const written = writeExport(out, file)
  env.io.out(env.json ? JSON.stringify({ path: written }) : t('cli.exported', { path: written }))
  return 0
}

async function mark(env: CommandEnv): Promise<number> {
  const year = yearOption(env)
  const kind = need(env, 'kind')
  if (!(useListKinds as readonly string[]).includes(kind)) throw new UsageError(t('uses.cli.badList', { value: kind, allowed: useListKinds.join(' / ') }))
  const status = need(env, 'status')
  if (!(useStatuses as readonly string[]).includes(status)) throw new UsageError(t('uses.cli.badStatus', { value: status }))
  const note = typeof env.args.options.note === 'string' ? env.args.options.note : undefined
  const item = await call<UseItem>(env, 'uses-mark', { year, kind: kind as UseListKind, subject: need(env, 'subject'), status: status as UseStatus, ...(note === undefined ? {} : { note }) })
  env.io.out(
    env.json
      ? JSON.stringify(item, null, 2)
      : t('uses.cli.marked', { list: t(`uses.list.${kind as UseListKind}`), subject: item.subject, name: item.name, status: t(`uses.status.${item.status}`) }),
  )
  return 0
}
