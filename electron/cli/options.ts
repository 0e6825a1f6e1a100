import fs from 'node:fs'
import path from 'node:path'
import type { ExportedFile } from '../../shared/contract'
import { t } from '../../shared/i18n'
import type { ParsedArgs } from '../rpc/args'

export class UsageError extends Error {}

type WithArgs = { args: ParsedArgs }

/** An option that may be absent; given without a value it is a usage error, not "absent". */
export function optional(env: WithArgs, name: string): string | undefined {
  const v = env.args.options[name]
  if (v === true || v === '') throw new UsageError(t('cli.missingArg', { name: `--${name} …` }))
  return v
}

/** An option the command cannot do without. */
export function need(env: WithArgs, name: string): string {
  const v = optional(env, name)
  if (v === undefined) throw new UsageError(t('cli.missingArg', { name: `--${name}` }))
  return v
}

/** A file named on the command line, as the import methods take it. */
export function readFile(p: string): { fileName: string; dataBase64: string } {
  if (!fs.existsSync(p) || !fs.statSync(p).isFile()) throw new UsageError(t('cli.fileNotFound', { path: p }))
  return { fileName: path.basename(p), dataBase64: fs.readFileSync(p).toString('base64') }
}

/**
 * Writes an exported workbook beside the target and renames it, so a crash never leaves half a
 * workbook under the real name. Returns the absolute path written.
 */
export function writeExport(out: string, file: ExportedFile): string {
  const target = path.resolve(out)
  fs.mkdirSync(path.dirname(target), { recursive: true })
  const tmp = `${target}.partial-${process.pid}`
  fs.writeFileSync(tmp, Buffer.from(file.dataBase64, 'base64'))
  fs.renameSync(tmp, target)
  return target
}
