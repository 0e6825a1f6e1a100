import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SESSION_HEADER, startBridge, TOKEN_HEADER, type Bridge } from '../../electron/rpc/http-bridge'
import type { Credential } from '../../electron/core/context'
import { importBackend, type ImportBackend } from '../support/import-backend'
import { fixtureFile } from '../support/temp-dir'
import { signInAs } from '../support/accounts'
import { bridgeClient } from '../support/bridge-client'

/** Posts a streaming call; `abortAfterProgress` closes the connection at the first progress line. */
function streamCall(bridge: Bridge, session: Credential, method: string, input: unknown, abortAfterProgress = false): Promise<{ lines: { type: string; event?: { stage: string }; outcome?: { ok: boolean } }[]; aborted: boolean }> {
  return new Promise((resolve, reject) => {
    const lines: { type: string }[] = []
    let buffer = ''
    const req = http.request(
      { host: '127.0.0.1', port: bridge.port, path: `/rpc/${method}?stream=1`, method: 'POST', headers: { [TOKEN_HEADER]: bridge.token, [SESSION_HEADER]: session.session! } },
      (res) => {
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => {
          buffer += chunk
          let nl
          while ((nl = buffer.indexOf('\n')) >= 0) {
            const line = JSON.parse(buffer.slice(0, nl)) as { type: string }
            buffer = buffer.slice(nl + 1)
            lines.push(line)
            if (abortAfterProgress && line.type === 'progress') {
              req.destroy()
              resolve({ lines: lines as never, aborted: true })
              return
            }
          }
        })
        res.on('end', () => resolve({ lines: lines as never, aborted: false }))
        res.on('error', () => undefined)
      },
    )
    req.on('error', (e) => (abortAfterProgress ? undefined : reject(e)))
    req.end(JSON.stringify(input))
  })
}

describe('long calls over the HTTP bridge: progress and cancel', () => {
  let b: ImportBackend
  let bridge: Bridge
  let clerk: Credential
  beforeAll(async () => {
    b = await importBackend('progress')
    bridge = await startBridge({ dispatcher: b.backend.dispatcher })
    clerk = await signInAs(bridgeClient(bridge), 'clerk')
    await b.ok('roster-import', { file: fixtureFile('roster.xlsx') })
    await b.ok('scheme-import', { file: fixtureFile('scheme.xlsx'), name: '平时考核2025' })
    await b.ok('period-create', { id: '2025-Q1', kind: 'quarter', scheme: '平时考核2025' })
  })
  afterAll(async () => {
    await bridge.close()
    await b.close()
  })

  it('streams progress events (done / total / stage) before the result', async () => {
    const { lines } = await streamCall(bridge, clerk, 'ratings-import-preview', { period: '2025-Q1', file: fixtureFile('ratings-2025-Q1.xlsx') })
    const progress = lines.filter((l) => l.type === 'progress')
    expect(progress.length).toBeGreaterThan(0)
    expect(progress.every((p) => typeof p.event?.stage === 'string' && p.event.stage.startsWith('progress.'))).toBe(true)
    expect(lines[lines.length - 1]).toMatchObject({ type: 'result', outcome: { ok: true } })
  })

  it('a client that goes away mid-import cancels it, and the database is exactly as it was', async () => {
    const before = await b.counts()
    const auditBefore = (await b.db.selectFrom('audit_log').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n
    const { aborted } = await streamCall(bridge, clerk, 'ratings-import', { period: '2025-Q1', file: fixtureFile('ratings-2025-Q1.xlsx') }, true)
    expect(aborted).toBe(true)
    // let the handler reach its next checkpoint and roll back
    for (let i = 0; i < 50; i++) {
      await new Promise((r) => setTimeout(r, 100))
      const batches = await b.db.selectFrom('import_batches').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
      if (Number(batches.n) === before.import_batches) break
    }
    await new Promise((r) => setTimeout(r, 500))
    expect(await b.counts()).toEqual(before)
    const auditAfter = (await b.db.selectFrom('audit_log').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n
    expect(auditAfter).toBe(auditBefore)
    // and the same file then imports whole: the cancelled attempt left no trace that would block it
    const done = await b.ok<{ written: number }>('ratings-import', { period: '2025-Q1', file: fixtureFile('ratings-2025-Q1.xlsx') })
    expect(done.written).toBe(2416)
  })
})
