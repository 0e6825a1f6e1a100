import http from 'node:http'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBackend, localCaller, type Backend } from '../../electron/rpc/backend'
import { startBridge, TOKEN_HEADER, type Bridge } from '../../electron/rpc/http-bridge'
import { startBackendWorker, type BackendHost } from '../../electron/rpc/backend-host'
import { tempDir } from '../support/temp-dir'

interface Reply {
  status: number
  body: string
  headers: http.IncomingHttpHeaders
}

function request(port: number, pathName: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: pathName, method: opts.method ?? 'POST', headers: opts.headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }))
    })
    req.on('error', reject)
    if (opts.body !== undefined) req.write(opts.body)
    req.end()
  })
}

describe('HTTP bridge over the real dispatch', () => {
  const tmp = tempDir()
  let backend: Backend
  let bridge: Bridge

  beforeAll(async () => {
    backend = await openBackend(path.join(tmp.dir, 'bridge.db'))
    bridge = await startBridge({ dispatcher: backend.dispatcher, caller: localCaller })
  })
  afterAll(async () => {
    await bridge.close()
    await backend.close()
    tmp.cleanup()
  })

  it('listens on 127.0.0.1 only and puts the token in the fragment of the address to open', () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    expect(bridge.openUrl).toBe(`${bridge.url}#token=${bridge.token}`)
  })

  it('refuses a call without the token', async () => {
    const r = await request(bridge.port, '/rpc/system-info', { body: '{}' })
    expect(r.status).toBe(401)
    expect(JSON.parse(r.body).error.code).toBe('unauthorized')
  })

  it('refuses a call with a wrong token of the same length', async () => {
    const wrong = bridge.token.replace(/./g, 'x')
    const r = await request(bridge.port, '/rpc/system-info', { body: '{}', headers: { [TOKEN_HEADER]: wrong } })
    expect(r.status).toBe(401)
  })

  it('refuses a request whose Host is not this machine (DNS rebinding)', async () => {
    const r = await request(bridge.port, '/rpc/system-info', { body: '{}', headers: { [TOKEN_HEADER]: bridge.token, Host: 'evil.example:80' } })
    expect(r.status).toBe(421)
  })

  it('answers an invalid payload with a validation error in Chinese, and keeps serving', async () => {
    const r = await request(bridge.port, '/rpc/period-create', {
      body: JSON.stringify({ id: 12, kind: 'weekly' }),
      headers: { [TOKEN_HEADER]: bridge.token, 'Content-Type': 'application/json' },
    })
    expect(r.status).toBe(400)
    const body = JSON.parse(r.body)
    expect(body.ok).toBe(false)
    expect(body.error.code).toBe('invalid-input')
    expect(body.error.message).toMatch(/输入有误/)
    const after = await request(bridge.port, '/rpc/system-info', { body: '{}', headers: { [TOKEN_HEADER]: bridge.token } })
    expect(after.status).toBe(200)
    expect(JSON.parse(after.body).result.migrations.length).toBeGreaterThan(0)
  })

  it('answers malformed JSON and an unknown method with clear errors', async () => {
    const bad = await request(bridge.port, '/rpc/system-info', { body: '{not json', headers: { [TOKEN_HEADER]: bridge.token } })
    expect(bad.status).toBe(400)
    const unknown = await request(bridge.port, '/rpc/drop-everything', { body: '{}', headers: { [TOKEN_HEADER]: bridge.token } })
    expect(unknown.status).toBe(404)
    expect(JSON.parse(unknown.body).error.code).toBe('unknown-method')
  })

  it('streams the outcome as NDJSON when asked', async () => {
    const r = await request(bridge.port, '/rpc/settings-get?stream=1', { body: '{}', headers: { [TOKEN_HEADER]: bridge.token } })
    const lines = r.body.trim().split('\n').map((l) => JSON.parse(l))
    const last = lines[lines.length - 1]
    expect(last.type).toBe('result')
    expect(last.outcome.result.roleWeights.领导).toBe(0.5)
  })
})

describe('backend on its own thread', () => {
  const tmp = tempDir()
  let host: BackendHost

  beforeAll(async () => {
    host = await startBackendWorker(path.join(tmp.dir, 'worker.db'))
  })
  afterAll(async () => {
    await host.close()
    tmp.cleanup()
  })

  it('answers calls through the same dispatch', async () => {
    const r = await host.call(localCaller, 'system-info', {})
    expect(r.ok).toBe(true)
    if (r.ok) expect((r.result as { dbPath: string }).dbPath).toContain('worker.db')
    const bad = await host.call(localCaller, 'roster-list', { search: 5 })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.error.code).toBe('invalid-input')
  })
})
