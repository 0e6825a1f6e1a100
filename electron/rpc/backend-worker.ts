import { parentPort, workerData } from 'node:worker_threads'
import { openBackend } from './backend'
import type { FromWorker, ToWorker, WorkerData } from './worker-protocol'

// The backend's own thread: the database, Excel work and handlers never run on the UI's thread.
const port = parentPort
if (!port) throw new Error('backend-worker must run in a worker thread')
const post = (m: FromWorker) => port.postMessage(m)
const running = new Map<number, AbortController>()

const { dbPath, create } = workerData as WorkerData
openBackend(dbPath, { create }).then(
  (backend) => {
    port.on('message', (msg: ToWorker) => {
      if (msg.type === 'cancel') {
        running.get(msg.id)?.abort()
        return
      }
      if (msg.type === 'close') {
        // Close the database cleanly (WAL checkpoint) before the thread goes away.
        for (const c of running.values()) c.abort()
        void backend.close().finally(() => post({ type: 'closed' }))
        return
      }
      const controller = new AbortController()
      running.set(msg.id, controller)
      backend.dispatcher
        .call(msg.credential, msg.method, msg.input, {
          signal: controller.signal,
          onProgress: (event) => post({ type: 'progress', id: msg.id, event }),
        })
        .then((outcome) => {
          running.delete(msg.id)
          post({ type: 'result', id: msg.id, outcome })
        })
    })
    post({ type: 'ready' })
  },
  (e: unknown) => post({ type: 'init-error', message: e instanceof Error ? e.message : String(e) }),
)
