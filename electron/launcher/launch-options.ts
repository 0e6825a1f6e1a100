import { parseArgs } from '../rpc/args'
import { defaultDbPath } from '../core/default-db-path'

/**
 * `--db`, else KAOHE_DB, else the app's own place. Only there, on the first launch, does the app
 * make the database (its `init`); a path someone named must already hold one (`kaohe init` makes it).
 */
export function launchOptions(argv: string[], env: NodeJS.ProcessEnv = process.env) {
  const { options } = parseArgs(argv)
  const port = typeof options.port === 'string' ? Number(options.port) : undefined
  const named = (typeof options.db === 'string' ? options.db : env.KAOHE_DB) || undefined
  return {
    dbPath: named ?? defaultDbPath(env),
    create: named === undefined,
    port: port !== undefined && Number.isInteger(port) && port >= 0 && port < 65536 ? port : undefined,
    staticDir: typeof options.static === 'string' ? options.static : undefined,
  }
}
