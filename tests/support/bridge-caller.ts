import http from 'node:http'
import type { Credential } from '../../electron/core/context'
import type { CallOutcome } from '../../shared/contract'
import { SESSION_HEADER, TOKEN_HEADER, type Bridge } from '../../electron/rpc/http-bridge'

/**
 * Calls over the real HTTP bridge the way the page does (launch token and session headers), shaped
 * like the dispatcher so `signInAs` and the tests use the bridge as they use the dispatch.
 */
export function bridgeCaller(bridge: Pick<Bridge, 'port' | 'token'>) {
  return {
    call(credential: Credential, method: string, input: unknown): Promise<CallOutcome> {
      const headers: Record<string, string> = { 'content-type': 'application/json', [TOKEN_HEADER]: bridge.token }
      if (credential.session) headers[SESSION_HEADER] = credential.session
      return new Promise((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port: bridge.port, path: `/rpc/${encodeURIComponent(method)}`, method: 'POST', headers }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as CallOutcome))
        })
        req.on('error', reject)
        req.end(JSON.stringify(input))
      })
    },
  }
}
