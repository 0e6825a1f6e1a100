import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runCli } from '../../electron/cli'
import { openBackend } from '../../electron/rpc/backend'
import type { Role } from '../../shared/domain/roles'
import { signInAs, testAccountNames, testPasswords } from './accounts'

export interface CliRun {
  code: number
  out: string
  err: string
}

// one folder of session files for this test process, one file per database and role
const sessionDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaohe-cli-sessions-'))
process.on('exit', () => fs.rmSync(sessionDir, { recursive: true, force: true }))
const signedIn = new Map<string, Promise<NodeJS.ProcessEnv>>()
let files = 0

/** The outer environment without an account or password of its own: the session file decides who runs. */
function baseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env }
  delete env.KAOHE_USER
  delete env.KAOHE_PASSWORD
  delete env.KAOHE_NEW_PASSWORD
  delete env.KAOHE_SESSION_FILE
  return env
}

async function run(dbPath: string, argv: string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(
    [...argv, '--db', dbPath],
    {
      out: (s) => out.push(s),
      err: (s) => err.push(s),
      signal: new AbortController().signal,
    },
    env,
  )
  return { code, out: out.join('\n'), err: err.join('\n') }
}

/**
 * The environment of a signed-in `role` on `dbPath`: the accounts set up the way an office would
 * (tests/support/accounts.ts), then the real `kaohe login`, whose stored session every later command
 * uses — one login per database and role, not a password (and its scrypt) per command.
 */
function sessionEnv(dbPath: string, role: Role): Promise<NodeJS.ProcessEnv> {
  const key = `${path.resolve(dbPath)}|${role}`
  let env = signedIn.get(key)
  if (!env) {
    env = (async () => {
      const backend = await openBackend(dbPath, { create: true })
      try {
        await signInAs(backend.dispatcher, role)
      } finally {
        await backend.close()
      }
      const vars = { ...baseEnv(), KAOHE_SESSION_FILE: path.join(sessionDir, `session-${++files}.json`) }
      const login = await run(dbPath, ['login', '--user', testAccountNames[role]], { ...vars, KAOHE_PASSWORD: testPasswords.working })
      if (login.code !== 0) throw new Error(`kaohe login as ${testAccountNames[role]} failed (${login.code}): ${login.err}`)
      return vars
    })()
    signedIn.set(key, env)
  }
  return env
}

/** Runs the real CLI in-process against a given database file, as the signed-in 考核工作人员. */
export async function cli(dbPath: string, ...argv: string[]): Promise<CliRun> {
  return cliAs(dbPath, 'clerk', ...argv)
}

/** Runs the real CLI in-process against a given database file, as an account with `role`. */
export async function cliAs(dbPath: string, role: Role, ...argv: string[]): Promise<CliRun> {
  return run(dbPath, argv, await sessionEnv(dbPath, role))
}
