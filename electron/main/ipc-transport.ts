import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import type { BackendHost } from '../rpc/backend-host'
import { isMethodName } from '../../shared/contract'
import { t } from '../../shared/i18n'

/** Serves the dispatch over IPC: the same calls, progress and cancel as the HTTP bridge. */
export function serveIpc(backend: BackendHost, isTrustedSender: (e: IpcMainInvokeEvent) => boolean): void {
  const running = new Map<string, AbortController>()
  ipcMain.handle('kaohe:call', async (event, method: unknown, input: unknown, callId: unknown, session: unknown) => {
    if (!isTrustedSender(event)) return { ok: false, error: { code: 'forbidden', message: t('error.untrustedSender') } }
    if (typeof method !== 'string' || !isMethodName(method)) {
      return { ok: false, error: { code: 'unknown-method', message: t('error.unknownMethod', { method: String(method) }) } }
    }
    const id = typeof callId === 'string' ? callId : ''
    const controller = new AbortController()
    if (id) running.set(id, controller)
    try {
      return await backend.call({ session: typeof session === 'string' && session ? session : null }, method, input, {
        signal: controller.signal,
        onProgress: (p) => {
          if (!event.sender.isDestroyed()) event.sender.send('kaohe:progress', id, p)
        },
      })
    } finally {
      running.delete(id)
    }
  })
  ipcMain.on('kaohe:cancel', (_event, callId: unknown) => {
    if (typeof callId === 'string') running.get(callId)?.abort()
  })
}
