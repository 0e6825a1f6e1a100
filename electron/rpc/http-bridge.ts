import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { t } from '../../shared/i18n'
import { fileOverLimitMessage, MAX_IMPORT_BASE64_CHARS, type RpcError } from '../../shared/contract'
import type { CallOutcome, Dispatcher } from './dispatch'

export interface BridgeOptions {
  dispatcher: Dispatcher
  /** 0 or absent: a random free port */
  port?: number
  /** the built renderer to serve; absent: API only */
  staticDir?: string
  token?: string
}

export interface Bridge {
  url: string
  /** the URL to open, with the token the page needs */
  openUrl: string
  port: number
  token: string
  close(): Promise<void>
}

/** The largest import file (base64) and the rest of its call's input; a larger body is refused before it is read whole. */
const MAX_BODY = MAX_IMPORT_BASE64_CHARS + 1024 * 1024

class BodyTooLarge extends Error {}
export const TOKEN_HEADER = 'x-kaohe-token'
/** the signed-in session (from `auth-login`); the launch token alone grants nothing but logging in */
export const SESSION_HEADER = 'x-kaohe-session'
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'"

const statusOf: Record<RpcError['code'], number> = {
  'invalid-input': 400,
  'bad-file': 422,
  unauthorized: 401,
  'password-change-required': 403,
  forbidden: 403,
  'unknown-method': 404,
  'not-found': 404,
  conflict: 409,
  frozen: 409,
  cancelled: 499,
  'read-only': 409,
  busy: 503,
  storage: 507,
  damaged: 500,
  internal: 500,
}

const mime: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

/**
 * The localhost HTTP bridge: the same dispatch as IPC and the CLI, for browser mode and scripts.
 * 127.0.0.1 only; every API request must carry the per-launch token; a Host check stops DNS rebinding.
 */
export function startBridge(opts: BridgeOptions): Promise<Bridge> {
  const token = opts.token ?? crypto.randomBytes(24).toString('base64url')
  const tokenBuf = Buffer.from(token)
  let port = 0

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      console.error('[kaohe] bridge error', e)
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: t('error.internal', { ref: 'bridge' }) } })
      else res.end()
    })
  })

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.setHeader('Referrer-Policy', 'no-referrer')
    const host = req.headers.host ?? ''
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      res.writeHead(421).end()
      return
    }
    const url = new URL(req.url ?? '/', `http://${host}`)
    if (url.pathname.startsWith('/rpc/')) {
      if (req.method !== 'POST') return void res.writeHead(405, { Allow: 'POST' }).end()
      if (!tokenOk(req.headers[TOKEN_HEADER])) {
        return sendJson(res, 401, { ok: false, error: { code: 'unauthorized', message: t('error.unauthorized') } })
      }
      const method = decodeURIComponent(url.pathname.slice('/rpc/'.length))
      let input: unknown
      try {
        const body = await readBody(req)
        input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'))
      } catch (e) {
        if (e instanceof BodyTooLarge) {
          // the file's bytes are most of the body: its size, in the words an import refusal uses
          const declared = Number(req.headers['content-length'] ?? MAX_BODY)
          res.setHeader('Connection', 'close')
          return sendJson(res, 413, { ok: false, error: { code: 'bad-file', message: fileOverLimitMessage('', Math.floor((declared * 3) / 4)) } })
        }
        return sendJson(res, 400, { ok: false, error: { code: 'invalid-input', message: t('error.badRequest') } })
      }
      return call(method, input, url.searchParams.get('stream') === '1', req, res)
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end()
    return serveStatic(url.pathname, res)
  }

  async function call(method: string, input: unknown, stream: boolean, req: http.IncomingMessage, res: http.ServerResponse) {
    const controller = new AbortController()
    // A client that goes away (closed tab, aborted fetch) cancels its call, and the transaction rolls back.
    res.on('close', () => {
      if (!res.writableFinished) controller.abort()
    })
    const given = req.headers[SESSION_HEADER]
    const credential = { session: typeof given === 'string' && given.length > 0 ? given : null }
    if (!stream) {
      const outcome = await opts.dispatcher.call(credential, method, input, { signal: controller.signal })
      return sendJson(res, outcome.ok ? 200 : statusOf[outcome.error.code], outcome)
    }
    res.writeHead(200, { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' })
    const outcome: CallOutcome = await opts.dispatcher.call(credential, method, input, {
      signal: controller.signal,
      onProgress: (event) => res.write(JSON.stringify({ type: 'progress', event }) + '\n'),
    })
    res.end(JSON.stringify({ type: 'result', outcome }) + '\n')
  }

  function tokenOk(given: string | string[] | undefined): boolean {
    if (typeof given !== 'string') return false
    const buf = Buffer.from(given)
    return buf.length === tokenBuf.length && crypto.timingSafeEqual(buf, tokenBuf)
  }

  function serveStatic(pathname: string, res: http.ServerResponse) {
    if (!opts.staticDir) return void res.writeHead(404).end()
    const root = path.resolve(opts.staticDir)
    let file = path.resolve(root, '.' + decodeURIComponent(pathname))
    if (!file.startsWith(root)) return void res.writeHead(403).end()
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html')
    if (!fs.existsSync(file)) return void res.writeHead(404).end()
    res.writeHead(200, {
      'Content-Type': mime[path.extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CSP,
      'Cache-Control': 'no-cache',
    })
    fs.createReadStream(file).pipe(res)
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port
      const url = `http://127.0.0.1:${port}/`
      resolve({
        url,
        openUrl: `${url}#token=${token}`,
        port,
        token,
        close: () =>
          new Promise<void>((r) => {
            server.closeAllConnections()
            server.close(() => r())
          }),
      })
    })
  })
}

function sendJson(res: http.ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end(text)
}

/** The request body; past MAX_BODY (declared or met) the rest is drained unread and BodyTooLarge answered. */
function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let refused = Number(req.headers['content-length'] ?? 0) > MAX_BODY
    if (refused) reject(new BodyTooLarge())
    req.on('data', (c: Buffer) => {
      if (refused) return
      size += c.length
      if (size > MAX_BODY) {
        refused = true
        chunks.length = 0
        reject(new BodyTooLarge())
      } else chunks.push(c)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}
