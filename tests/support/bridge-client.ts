import http from 'node:http'
import type { Credential } from '../../electron/core/context'
import { SESSION_HEADER, TOKEN_HEADER, type Bridge } from '../../electron/rpc/http-bridge'
import type { CallOutcome } from '../../shared/contract'

/** The headers the browser page sends: the launch token, and the signed-in session when there is one. */
export function bridgeHeaders(bridge: Pick<Bridge, 'token'>, credential: Credential): Record<string, string> {
  return { [TOKEN_HEADER]: bridge.token, ...(credential.session ? { [SESSION_HEADER]: credential.session } : {}), 'Content-Type': 'application/json' }
}

/**
 * A client of the HTTP bridge that calls the way the page does (POST /rpc/<method>, token and
 * session in headers). It has the dispatcher's `call(credential, method, input)`, so signInAs can
 * sign in through the bridge itself.
 */
export function bridgeClient(bridge: Pick<Bridge, 'port' | 'token'>) {
  return {
    call(credential: Credential, method: string, input: unknown): Promise<CallOutcome> {
      return new Promise((resolve, reject) => {
        const req = http.request(
          { host: '127.0.0.1', port: bridge.port, path: `/rpc/${encodeURIComponent(method)}`, method: 'POST', headers: bridgeHeaders(bridge, credential) },
          (res) => {
            const chunks: Buffer[] = []
            res.on('data', (c: Buffer) => chunks.push(c))
            res.on('end', () => {
              try {
                resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as CallOutcome)
              } catch (e) {
                reject(e)
              }
            })
          },
        )
        req.on('error', reject)
        req.end(JSON.stringify(input ?? {}))
      })
    },
  }
}
