import path from 'node:path'
import { startBackendWorker, type BackendHost } from '../rpc/backend-host'
import { startBridge, type Bridge } from '../rpc/http-bridge'

export interface BrowserMode {
  bridge: Bridge
  backend: BackendHost
  close(): Promise<void>
}

// KAOHE_RENDERER_DIR serves another build (two people building the UI side by side on one checkout)
export const builtRenderer = process.env.KAOHE_RENDERER_DIR ? path.resolve(process.env.KAOHE_RENDERER_DIR) : path.resolve(__dirname, '../../out/renderer')

/** The real UI without Electron: the backend on its own thread, the built renderer and the API on 127.0.0.1. */
export async function startBrowserMode(opts: { dbPath: string; create?: boolean; port?: number; staticDir?: string }): Promise<BrowserMode> {
  const backend = await startBackendWorker(opts.dbPath, { create: opts.create })
  const bridge = await startBridge({ dispatcher: backend, port: opts.port, staticDir: opts.staticDir ?? builtRenderer })
  return {
    bridge,
    backend,
    close: async () => {
      await bridge.close()
      await backend.close()
    },
  }
}
