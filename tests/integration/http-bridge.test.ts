import http from 'node:http'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBackend, type Backend } from '../../electron/rpc/backend'
import { SESSION_HEADER, startBridge, TOKEN_HEADER, type Bridge } from '../../electron/rpc/http-bridge'
import { startBackendWorker, type BackendHost } from '../../electron/rpc/backend-host'
import { tempDir } from '../support/temp-dir'
import type { Credential } from '../../electron/core/context'
import { signInAs } from '../support/accounts'
import { bridgeClient } from '../support/bridge-client'

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
  /** the launch token and the 考核工作人员's session, signed in through the bridge itself */
  let signed: Record<string, string>

  beforeAll(async () => {
    backend = await openBackend(path.join(tmp.dir, 'bridge.db'), { create: true })
    bridge = await startBridge({ dispatcher: backend.dispatcher })
    const clerk = await signInAs(bridgeClient(bridge), 'clerk')
    signed = { [TOKEN_HEADER]: bridge.token, [SESSION_HEADER]: clerk.session! }
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

  it('refuses a call with the launch token but no session: the token alone grants only signing in', async () => {
    const r = await request(bridge.port, '/rpc/system-info', { body: '{}', headers: { [TOKEN_HEADER]: bridge.token } })
    expect(r.status).toBe(401)
    expect(JSON.parse(r.body).error.code).toBe('unauthorized')
    const ended = await request(bridge.port, '/rpc/system-info', { body: '{}', headers: { [TOKEN_HEADER]: bridge.token, [SESSION_HEADER]: 'no-such-session' } })
    expect(ended.status).toBe(401)
  })

  it('answers setup-status without a session, so the page knows whether to ask for the first admin', async () => {
    const r = await request(bridge.port, '/rpc/setup-status', { body: '{}', headers: { [TOKEN_HEADER]: bridge.token } })
    expect(r.status).toBe(200)
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, result: { needsAdmin: false } })
  })

  it('refuses a request whose Host is not this machine (DNS rebinding)', async () => {
    const r = await request(bridge.port, '/rpc/system-info', { body: '{}', headers: { [TOKEN_HEADER]: bridge.token, Host: 'evil.example:80' } })
    expect(r.status).toBe(421)
  })

  it('answers an invalid payload with a validation error in Chinese, and keeps serving', async () => {
    const r = await request(bridge.port, '/rpc/period-create', {
      body: JSON.stringify({ id: 12, kind: 'weekly' }),
      headers: { ...signed, 'Content-Type': 'application/json' },
    })
    expect(r.status).toBe(400)
    const body = JSON.parse(r.body)
    expect(body.ok).toBe(false)
    expect(body.error.code).toBe('invalid-input')
    expect(body.error.message).toMatch(/输入有误/)
    const after = await request(bridge.port, '/rpc/system-info', { body: '{}', headers: signed })
    expect(after.status).toBe(200)
    expect(JSON.parse(after.body).result.migrations.length).toBeGreaterThan(0)
  })

  it('answers malformed JSON and an unknown method with clear errors', async () => {
    const bad = await request(bridge.port, '/rpc/system-info', { body: '{not json', headers: signed })
    expect(bad.status).toBe(400)
    const unknown = await request(bridge.port, '/rpc/drop-everything', { body: '{}', headers: signed })
    expect(unknown.status).toBe(404)
    expect(JSON.parse(unknown.body).error.code).toBe('unknown-method')
  })

  it('streams the outcome as NDJSON when asked', async () => {
    const r = await request(bridge.port, '/rpc/settings-get?stream=1', { body: '{}', headers: signed })
    const lines = r.body.trim().split('\n').map((l) => JSON.parse(l))
    const last = lines[lines.length - 1]
    expect(last.type).toBe('result')
    expect(last.outcome.result.roleWeights.领导).toBe(0.5)
  })
})

describe('backend on its own thread', () => {
  const tmp = tempDir()
  let host: BackendHost
  let clerk: Credential

  beforeAll(async () => {
    host = await startBackendWorker(path.join(tmp.dir, 'worker.db'), { create: true })
    clerk = await signInAs(host, 'clerk')
  })
  afterAll(async () => {
    await host.close()
    tmp.cleanup()
  })

  it('answers calls through the same dispatch', async () => {
    const r = await host.call(clerk, 'system-info', {})
    expect(r.ok).toBe(true)
    if (r.ok) expect((r.result as { dbPath: string }).dbPath).toContain('worker.db')
    // who is signed in, with the role in words
    if (r.ok) expect((r.result as { user: unknown }).user).toEqual({ name: 'clerk', role: '考核工作人员' })
    const bad = await host.call(clerk, 'roster-list', { search: 5 })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.error.code).toBe('invalid-input')
  })
})
