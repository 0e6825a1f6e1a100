import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** A session `kaohe login` keeps for one database, so later commands need no password. */
export interface StoredSession {
  token: string
  name: string
  expiresAt: string
}

/** `KAOHE_SESSION_FILE`, else `~/.kaohe/session.json`: the user's own folder, readable by the user only. */
export function sessionFilePath(env: NodeJS.ProcessEnv): string {
  return env.KAOHE_SESSION_FILE ?? path.join(os.homedir(), '.kaohe', 'session.json')
}

function readAll(file: string): Record<string, StoredSession> {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, StoredSession>) : {}
  } catch {
    return {}
  }
}

export function readSession(env: NodeJS.ProcessEnv, dbPath: string): StoredSession | null {
  return readAll(sessionFilePath(env))[path.resolve(dbPath)] ?? null
}

export function writeSession(env: NodeJS.ProcessEnv, dbPath: string, session: StoredSession | null): void {
  const file = sessionFilePath(env)
  const all = readAll(file)
  if (session) all[path.resolve(dbPath)] = session
  else delete all[path.resolve(dbPath)]
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
  // written beside and renamed, created 0600 from the start: the token is never readable by others
  const tmp = `${file}.partial-${process.pid}`
  fs.writeFileSync(tmp, JSON.stringify(all, null, 2), { mode: 0o600 })
  fs.chmodSync(tmp, 0o600)
  fs.renameSync(tmp, file)
}
