import os from 'node:os'
import path from 'node:path'

/** Where data lives when nobody says otherwise: `KAOHE_DB`, else `~/.kaohe/kaohe.db`. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KAOHE_DB) return env.KAOHE_DB
  return path.join(os.homedir(), '.kaohe', 'kaohe.db')
}
