import type { CallOutcome, ImportProblem, Input, KaoheApi, MethodName, Output, ProgressEvent, RpcError } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { noteRefusal, sessionToken } from './session'
import { getToken } from './token'

declare global {
  interface Window {
    /** present only inside the Electron shell (the preload exposes it) */
    kaohe?: KaoheApi
  }
}

/** A call that came back with an error: the message is already in the user's language. */
export class RpcFailure extends Error {
  readonly code: RpcError['code']
  readonly problems: ImportProblem[]
  constructor(error: RpcError) {
    super(error.message)
    this.name = 'RpcFailure'
    this.code = error.code
    this.problems = error.problems ?? []
  }
}

export interface RpcOptions {
  onProgress?: (event: ProgressEvent) => void
  /** aborting cancels the call; the backend rolls its transaction back */
  signal?: AbortSignal
}

/**
 * Calls one method of the contract over whichever transport this page has: the Electron preload or
 * the HTTP bridge, with the signed-in session. A refusal that ends the session (or demands the
 * password change) also tells the session store, so the whole window follows, not just the caller.
 */
export async function rpc<M extends MethodName>(method: M, input: Input<M>, opts: RpcOptions = {}): Promise<Output<M>> {
  if (opts.signal?.aborted) throw cancelled()
  const session = sessionToken()
  const outcome = window.kaohe ? await viaElectron(window.kaohe, method, input, opts, session) : await viaHttp(method, input, opts, session)
  if (!outcome.ok) {
    if (session !== null) noteRefusal(session, outcome.error)
    throw new RpcFailure(outcome.error)
  }
  return outcome.result as Output<M>
}

export function isCancelled(e: unknown): boolean {
  return e instanceof RpcFailure && e.code === 'cancelled'
}

function cancelled(): RpcFailure {
  return new RpcFailure({ code: 'cancelled', message: t('error.cancelled') })
}

let callCounter = 0
function newCallId(): string {
  callCounter += 1
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random()).slice(2)
  return `${random}-${callCounter}`
}

async function viaElectron(api: KaoheApi, method: string, input: unknown, opts: RpcOptions, session: string | null): Promise<CallOutcome> {
  const callId = newCallId()
  const unsubscribe = opts.onProgress
    ? api.onProgress((id, event) => {
        if (id === callId) opts.onProgress?.(event)
      })
    : undefined
  const onAbort = () => api.cancel(callId)
  opts.signal?.addEventListener('abort', onAbort, { once: true })
  try {
    return await api.call(method, input, callId, session)
  } finally {
    opts.signal?.removeEventListener('abort', onAbort)
    unsubscribe?.()
  }
}

async function viaHttp(method: string, input: unknown, opts: RpcOptions, session: string | null): Promise<CallOutcome> {
  const stream = Boolean(opts.onProgress)
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'x-kaohe-token': getToken() ?? '' }
  if (session !== null) headers['x-kaohe-session'] = session
  let response: Response
  try {
    response = await fetch(`/rpc/${encodeURIComponent(method)}${stream ? '?stream=1' : ''}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(input ?? {}),
      signal: opts.signal,
    })
  } catch (e) {
    if (opts.signal?.aborted) throw cancelled()
    throw new RpcFailure({ code: 'internal', message: t('ui.error.network', { details: String(e) }) })
  }
  try {
    if (!stream || !response.body || !response.ok) return await readJsonOutcome(response)
    return await readStream(response.body, opts)
  } catch (e) {
    if (e instanceof RpcFailure) throw e
    if (opts.signal?.aborted) throw cancelled()
    throw new RpcFailure({ code: 'internal', message: t('ui.error.network', { details: String(e) }) })
  }
}

async function readJsonOutcome(response: Response): Promise<CallOutcome> {
  const text = await response.text()
  try {
    const parsed = JSON.parse(text) as CallOutcome
    if (parsed && typeof parsed === 'object' && 'ok' in parsed) return parsed
  } catch {
    // not JSON: fall through to a generic message with the HTTP status
  }
  return { ok: false, error: { code: 'internal', message: t('ui.error.http', { status: response.status }) } }
}

/** NDJSON: progress lines, then one result line. */
async function readStream(body: ReadableStream<Uint8Array>, opts: RpcOptions): Promise<CallOutcome> {
  const reader = body.getReader()
  const decoder = new TextDecoder()
  let buffer = ''
  let outcome: CallOutcome | null = null
  const handleLine = (line: string) => {
    if (!line.trim()) return
    const msg = JSON.parse(line) as { type: 'progress'; event: ProgressEvent } | { type: 'result'; outcome: CallOutcome }
    if (msg.type === 'progress') opts.onProgress?.(msg.event)
    else if (msg.type === 'result') outcome = msg.outcome
  }
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    buffer += decoder.decode(value, { stream: true })
    let nl = buffer.indexOf('\n')
    while (nl >= 0) {
      handleLine(buffer.slice(0, nl))
      buffer = buffer.slice(nl + 1)
      nl = buffer.indexOf('\n')
    }
  }
  handleLine(buffer + decoder.decode())
  if (!outcome) throw new RpcFailure({ code: 'internal', message: t('ui.error.noResult') })
  return outcome
}
