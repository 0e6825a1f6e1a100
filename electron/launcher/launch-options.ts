import { parseArgs } from '../rpc/args'
import { defaultDbPath } from '../core/default-db-path'

export function launchOptions(argv: string[]) {
  const { options } = parseArgs(argv)
  const port = typeof options.port === 'string' ? Number(options.port) : undefined
  return {
    dbPath: typeof options.db === 'string' ? options.db : defaultDbPath(),
    port: port !== undefined && Number.isInteger(port) && port >= 0 && port < 65536 ? port : undefined,
    staticDir: typeof options.static === 'string' ? options.static : undefined,
  }
}
