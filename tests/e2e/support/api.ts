import type { Credential } from '../../../electron/core/context'
import type { CallOutcome, Input, MethodName, Output } from '../../../shared/contract'
import type { Caller } from '../../support/accounts'
import type { E2eServer } from './server'

/** The launch token the page gets from the URL the launcher prints (`…/#token=XYZ`). */
export function launchToken(server: E2eServer): string {
  const hash = new URL(server.openUrl).hash.replace(/^#/, '')
  return new URLSearchParams(hash).get('token') ?? ''
}

/**
 * Calls over the localhost bridge exactly as the page makes them (renderer/src/lib/rpc.ts: POST
 * /rpc/<method>, JSON body, the launch token in x-kaohe-token and the session in x-kaohe-session):
 * what tests/support/accounts.ts `signInAs` takes to set the accounts up, as an office would.
 */
export function httpCaller(server: E2eServer): Caller {
  const token = launchToken(server)
  return {
    async call(credential: Credential, method: string, input: unknown): Promise<CallOutcome> {
      const headers: Record<string, string> = { 'Content-Type': 'application/json', 'x-kaohe-token': token }
      if (credential.session) headers['x-kaohe-session'] = credential.session
      const r = await fetch(new URL(`/rpc/${encodeURIComponent(method)}`, server.url), { method: 'POST', headers, body: JSON.stringify(input ?? {}) })
      return (await r.json()) as CallOutcome
    },
  }
}

/** One account's typed calls (a test's seeding, or reading back what the screen must agree with); a refusal throws. */
export type Api = <M extends MethodName>(method: M, input: Input<M>) => Promise<Output<M>>

export function bridge(to: { caller: Caller; credential: Credential }): Api {
  return async (method, input) => {
    const outcome = await to.caller.call(to.credential, method, input)
    if (!outcome.ok) throw new Error(`${method}: ${outcome.error.code}: ${outcome.error.message}`)
    return outcome.result as Output<typeof method>
  }
}
