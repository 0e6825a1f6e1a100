import type { CallOutcome, MethodName, RpcError } from '../../shared/contract'
import { formatProblems } from './print-preview'
import { t } from '../../shared/i18n'
import type { Backend } from '../rpc/backend'
import type { ParsedArgs } from '../rpc/args'
import type { Credential } from '../core/context'

export interface CliIO {
  out(text: string): void
  err(text: string): void
  signal: AbortSignal
}

/**
 * What every command runs with: the backend, the parsed command line, where it prints, whether as
 * JSON, the environment (passwords come from it, never from the command line) and the session the
 * command's calls carry.
 */
export interface CommandEnv {
  backend: Backend
  args: ParsedArgs
  io: CliIO
  json: boolean
  vars: NodeJS.ProcessEnv
  dbPath: string
  credential: Credential
}

/** One call through the dispatch, with progress on a terminal; a refusal becomes CallFailed. */
export async function call<T>(env: CommandEnv, method: MethodName, input: unknown): Promise<T> {
  const outcome: CallOutcome = await env.backend.dispatcher.call(env.credential, method, input, {
    signal: env.io.signal,
    localFiles: true,
    onProgress: (e) => {
      if (!env.json && process.stderr.isTTY) process.stderr.write(`\r${t(e.stage as never)} ${e.done}/${e.total}   `)
    },
  })
  if (!env.json && process.stderr.isTTY) process.stderr.write('\r\x1b[K')
  if (!outcome.ok) throw new CallFailed(outcome.error)
  return outcome.result as T
}

export class CallFailed extends Error {
  constructor(readonly error: RpcError) {
    super(error.message)
  }
}

/** Exit codes other programs rely on: 3 the password must be changed first, 4 the role may not, 1 any other refusal. */
export function exitCodeOf(e: CallFailed): number {
  if (e.error.code === 'password-change-required') return 3
  if (e.error.code === 'forbidden') return 4
  return 1
}

export function describeFailure(e: CallFailed, json: boolean): string {
  if (json) return JSON.stringify({ error: e.error }, null, 2)
  return [e.error.message, ...formatProblems(e.error.problems ?? [])].join('\n')
}
