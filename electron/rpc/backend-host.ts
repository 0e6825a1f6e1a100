import fs from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import type { Credential } from '../core/context'
import type { CallOutcome, Dispatcher, DispatchOptions } from './dispatch'
import type { FromWorker, ToWorker, WorkerData } from './worker-protocol'

export interface BackendHost extends Dispatcher {
  close(): Promise<void>
}

interface Pending {
  resolve(o: CallOutcome): void
  onProgress?: DispatchOptions['onProgress']
}

/**
 * From the bundle once built; from sources in development and tests, where the worker first
 * registers tsx so it can load TypeScript whatever loader (or none) its parent used.
 */
function createWorker(data: WorkerData): Worker {
  const built = path.join(__dirname, 'backend-worker.js')
  if (fs.existsSync(built)) return new Worker(built, { workerData: data })
  const source = path.join(__dirname, 'backend-worker.ts')
  const boot = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(source)})`
  return new Worker(boot, { eval: true, workerData: data })
}

/** Starts the backend on its own thread and offers the same `call` as the in-process dispatch. */
export function startBackendWorker(dbPath: string, opts: { create?: boolean } = {}): Promise<BackendHost> {
  const worker = createWorker({ dbPath, create: opts.create === true })
  const pending = new Map<number, Pending>()
  let nextId = 1
  const send = (m: ToWorker) => worker.postMessage(m)

  return new Promise((resolve, reject) => {
    worker.on('error', (e) => {
      reject(e)
      for (const p of pending.values()) p.resolve({ ok: false, error: { code: 'internal', message: String(e) } })
      pending.clear()
    })
    worker.on('message', (m: FromWorker) => {
      if (m.type === 'init-error') reject(new Error(m.message))
      else if (m.type === 'ready') resolve(host)
      else if (m.type === 'progress') pending.get(m.id)?.onProgress?.(m.event)
      else if (m.type === 'result') {
        pending.get(m.id)?.resolve(m.outcome)
        pending.delete(m.id)
      }
    })
    const host: BackendHost = {
      call(credential: Credential, method: string, input: unknown, opts: DispatchOptions = {}) {
        const id = nextId++
        return new Promise<CallOutcome>((res) => {
          pending.set(id, { resolve: res, onProgress: opts.onProgress })
          send({ type: 'call', id, credential, method, input })
          if (opts.signal) {
            if (opts.signal.aborted) send({ type: 'cancel', id })
            else opts.signal.addEventListener('abort', () => send({ type: 'cancel', id }), { once: true })
          }
        })
      },
      async close() {
        const closed = new Promise<void>((r) => {
          worker.on('message', (m: FromWorker) => m.type === 'closed' && r())
          setTimeout(r, 5000).unref()
        })
        send({ type: 'close' })
        await closed
        await worker.terminate()
      },
    }
  })
}
