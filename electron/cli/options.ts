import fs from 'node:fs'
import path from 'node:path'
import { fileOverLimitMessage, MAX_IMPORT_FILE_BYTES, type ExportedFile, type FileInput } from '../../shared/contract'
import { t } from '../../shared/i18n'
import type { ParsedArgs } from '../rpc/args'
import { CallFailed } from './command-env'

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

/**
 * A file named on the command line, as the import methods take it. Its size is checked before a
 * byte is read or encoded; a folder, a missing or unreadable file, or one over the import limit is
 * refused like a bad file (its message, exit 1), not as a usage mistake.
 */
export function readFile(p: string): FileInput {
  const refuse = (message: string) => new CallFailed({ code: 'bad-file', message })
  let stat: fs.Stats
  try {
    stat = fs.statSync(p)
  } catch {
    throw refuse(t('cli.fileNotFound', { path: p }))
  }
  if (stat.isDirectory()) throw refuse(t('import.file.isFolder', { path: p }))
  if (!stat.isFile()) throw refuse(t('cli.fileNotFound', { path: p }))
  const fileName = path.basename(p)
  if (stat.size > MAX_IMPORT_FILE_BYTES) throw refuse(fileOverLimitMessage(fileName, stat.size))
  try {
    fs.accessSync(p, fs.constants.R_OK)
  } catch {
    throw refuse(t('import.file.noAccess', { path: p }))
  }
  // named by its path: the backend reads it from disk, not through base64 (the dispatch lets only this caller do so)
  return { fileName, path: path.resolve(p) }
}

/**
 * Writes an exported workbook beside the target and renames it, so a crash never leaves half a
 * workbook under the real name. Returns the absolute path written.
 */
export function writeExport(out: string, file: ExportedFile): string {
  // --out naming a folder (existing, or written with a trailing slash) takes the export's own name, 单位-周期-内容.xlsx
  const folder = /[\\/]$/.test(out) || (fs.existsSync(out) && fs.statSync(out).isDirectory())
  const target = folder ? path.resolve(out, file.fileName) : path.resolve(out)
  fs.mkdirSync(path.dirname(target), { recursive: true })
  const tmp = `${target}.partial-${process.pid}`
  fs.writeFileSync(tmp, Buffer.from(file.dataBase64, 'base64'))
  fs.renameSync(tmp, target)
  return target
}
