import os from 'node:os'
import path from 'node:path'
import type { Caller } from './context'

/** The single local user until accounts arrive; the dispatch already checks roles against it. */
export const localCaller: Caller = { name: safeUserName(), role: 'admin' }

/** Where data lives when nobody says otherwise: `KAOHE_DB`, else `~/.kaohe/kaohe.db`. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KAOHE_DB) return env.KAOHE_DB
  return path.join(os.homedir(), '.kaohe', 'kaohe.db')
}

function safeUserName(): string {
  try {
    return os.userInfo().username || 'local'
  } catch {
    return 'local'
  }
}
