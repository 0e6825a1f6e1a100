import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const repoRoot = path.resolve(__dirname, '../../..')

export interface E2eServer {
  url: string
  openUrl: string
  dbPath: string
  stop(): Promise<void>
}

/**
 * The real backend and bridge over a fresh database in a temp dir, serving the built renderer:
 * `serve-only` prints one JSON line `{ url, openUrl, … }` and stays up until its stdin closes.
 */
export async function startServer(): Promise<E2eServer> {
  // KAOHE_RENDERER_DIR: a build made elsewhere (`npx electron-vite build --outDir DIR` → DIR/renderer)
  const staticDir = process.env.KAOHE_RENDERER_DIR ? path.resolve(process.env.KAOHE_RENDERER_DIR) : path.join(repoRoot, 'out/renderer')
  if (!existsSync(path.join(staticDir, 'index.html'))) throw new Error(`${staticDir} is missing: run \`npx electron-vite build\` first`)
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kaohe-e2e-'))
  const dbPath = path.join(dir, 'e2e.db')
  // a named --db must already hold a database: made the way an office makes one, `kaohe init`
  await initDatabase(dbPath)
  const child = spawn('npx', ['tsx', 'electron/launcher/serve-only.ts', '--port', '0', '--db', dbPath, '--static', staticDir], {
    cwd: repoRoot,
    stdio: ['pipe', 'pipe', 'pipe'],
    // its own process group, so stopping it also stops what npx and tsx start under it
    detached: true,
  })
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString()
    if (process.env.KAOHE_E2E_VERBOSE) process.stderr.write(d)
  })
  const first = await firstLine(child, () => stderr)
  const info = JSON.parse(first) as { url: string; openUrl: string }

  return {
    url: info.url,
    openUrl: info.openUrl,
    dbPath,
    async stop() {
      const exited = new Promise<void>((r) => child.once('exit', () => r()))
      child.stdin.end()
      const timer = setTimeout(() => killGroup(child), 5000)
      await exited
      clearTimeout(timer)
      await rm(dir, { recursive: true, force: true })
    },
  }
}

async function initDatabase(dbPath: string): Promise<void> {
  const { runCli } = await import('../../../electron/cli')
  const said: string[] = []
  const io = { out: (s: string) => said.push(s), err: (s: string) => said.push(s), signal: new AbortController().signal }
  const code = await runCli(['init', '--db', dbPath], io, { ...process.env, KAOHE_DB: '' })
  if (code !== 0) throw new Error(`kaohe init failed (${code}): ${said.join('\n')}`)
}

function killGroup(child: ChildProcessWithoutNullStreams) {
  if (child.pid === undefined || child.exitCode !== null) return
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    child.kill('SIGTERM')
  }
}

function firstLine(child: ChildProcessWithoutNullStreams, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    let buf = ''
    const timer = setTimeout(() => {
      killGroup(child)
      reject(new Error(`serve-only printed nothing within 90 s\n${stderr()}`))
    }, 90_000)
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString()
      const nl = buf.indexOf('\n')
      if (nl >= 0) {
        clearTimeout(timer)
        resolve(buf.slice(0, nl))
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`serve-only exited (${code}) before it was ready\n${stderr()}`))
    })
  })
}
