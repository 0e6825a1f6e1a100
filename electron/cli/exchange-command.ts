import fs from 'node:fs'
import type { ExchangeImportResult, ExchangeKeyInfo, ExchangePreview, ExportedFile } from '../../shared/contract'
import { t } from '../../shared/i18n'
import { localDateTime } from '../excel/write/report-words'
import { call, type CommandEnv } from './command-env'
import { need, optional, readFile, UsageError, writeExport } from './options'

const KEY_FILE_MAX = 4096

/** The shared key from `--key-file`, as text; absent: the key stored in 设置 is used by the backend. */
function keyFromFile(env: CommandEnv): { key?: string } {
  const file = optional(env, 'key-file')
  if (file === undefined) return {}
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new UsageError(t('cli.fileNotFound', { path: file }))
  if (fs.statSync(file).size > KEY_FILE_MAX) throw new UsageError(t('cli.exchange.keyFileTooLong', { path: file, max: KEY_FILE_MAX }))
  return { key: fs.readFileSync(file, 'utf8') }
}

function previewLines(p: ExchangePreview): string[] {
  const lines = [t('cli.exchange.from', { file: p.fileName, unit: p.unit, by: p.createdBy, at: localDateTime(p.createdAt), version: p.appVersion })]
  for (const period of p.periods) lines.push(['', period.id, period.name, t(`cli.exchange.state.${period.state}`)].join('\t'))
  const conflicts = p.conflicts.length > 0
  lines.push(t(conflicts ? 'cli.exchange.countsHeadConflicts' : 'cli.exchange.countsHead'))
  for (const c of p.counts) lines.push(['', c.label, c.add, c.change, c.same, ...(conflicts ? [c.conflict] : [])].join('\t'))
  if (p.changesTotal > 0) {
    lines.push(t('cli.exchange.changesHead', { n: p.changesTotal }))
    for (const c of p.changes) lines.push(`  ${c}`)
  }
  if (p.conflicts.length > 0) {
    lines.push(t('cli.exchange.conflictsHead', { n: p.conflicts.length }))
    for (const c of p.conflicts) lines.push(`  ${c}`)
  }
  return lines
}

async function exportPackage(env: CommandEnv): Promise<number> {
  const out = need(env, 'out')
  const all = env.args.options.all === true
  const period = optional(env, 'period')
  if (all === (period !== undefined)) throw new UsageError(t('cli.missingArg', { name: '--period ID | --all' }))
  const scope = all ? { all: true } : { periods: (period as string).split(',').map((p) => p.trim()).filter(Boolean) }
  const file = await call<ExportedFile>(env, 'exchange-export', { ...scope, ...keyFromFile(env) })
  const written = writeExport(out, file)
  env.io.out(env.json ? JSON.stringify({ path: written }) : t('cli.exchange.exported', { path: written }))
  return 0
}

async function importPackage(env: CommandEnv): Promise<number> {
  const path = env.args.positionals[2]
  if (!path) throw new UsageError(t('cli.missingArg', { name: t('cli.exchange.file') }))
  const dryRun = env.args.options['dry-run'] === true
  const input = { file: readFile(path), ...keyFromFile(env) }
  const r: ExchangePreview | ExchangeImportResult = dryRun ? await call<ExchangePreview>(env, 'exchange-import-preview', input) : await call<ExchangeImportResult>(env, 'exchange-import', input)
  if (env.json) env.io.out(JSON.stringify(r, null, 2))
  else {
    for (const line of previewLines(r)) env.io.out(line)
    if (!dryRun) env.io.out(t('cli.exchange.imported', { added: (r as ExchangeImportResult).added, changed: (r as ExchangeImportResult).changed }))
    else env.io.out(t(r.conflicts.length > 0 ? 'cli.exchange.dryRunRefused' : 'cli.exchange.dryRun'))
  }
  // a preview the import would refuse answers as the refusal would
  return r.conflicts.length > 0 ? 1 : 0
}

async function key(env: CommandEnv): Promise<number> {
  const given = keyFromFile(env)
  const info = given.key === undefined ? await call<ExchangeKeyInfo>(env, 'exchange-key-get', {}) : await call<ExchangeKeyInfo>(env, 'exchange-key-set', { key: given.key })
  if (env.json) env.io.out(JSON.stringify(info, null, 2))
  else if (!info.set) env.io.out(t('cli.exchange.noKey'))
  else env.io.out(t(given.key === undefined ? 'cli.exchange.keyShown' : 'cli.exchange.keySet', { fingerprint: info.fingerprint, by: info.setBy, at: localDateTime(info.setAt as string) }))
  return 0
}

/**
 * `exchange export (--period ID[,ID…] | --all) --out FILE.khx [--key-file F]`,
 * `exchange import FILE.khx [--key-file F] [--dry-run]`, `exchange key [--key-file F]`.
 */
export async function exchangeCommand(env: CommandEnv): Promise<number> {
  const sub = env.args.positionals[1]
  if (sub === 'export') return exportPackage(env)
  if (sub === 'import') return importPackage(env)
  if (sub === 'key') return key(env)
  throw new UsageError(t('cli.missingArg', { name: 'export | import | key' }))
}
