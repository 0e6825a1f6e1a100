import type { CallOutcome, MethodName, RpcError } from '../../shared/contract'
import { formatProblems } from './print-preview'
import { t } from '../../shared/i18n'
import type { Backend } from '../rpc/backend'
import { localCaller } from '../rpc/backend'
import type { ParsedArgs } from '../rpc/args'

export interface CliIO {
  out(text: string): void
  err(text: string): void
  signal: AbortSignal
}

/** What every command runs with: the backend, the parsed command line, where it prints, and whether as JSON. */
export interface CommandEnv {
  backend: Backend
  args: ParsedArgs
  io: CliIO
  json: boolean
}

/** One call through the dispatch, with progress on a terminal; a refusal becomes CallFailed. */
export async function call<T>(env: CommandEnv, method: MethodName, input: unknown): Promise<T> {
  const outcome: CallOutcome = await env.backend.dispatcher.call(localCaller, method, input, {
    signal: env.io.signal,
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

export function describeFailure(e: CallFailed, json: boolean): string {
  if (json) return JSON.stringify({ error: e.error }, null, 2)
  return [e.error.message, ...formatProblems(e.error.problems ?? [])].join('\n')
}
