import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { CallOutcome, KaoheApi, ProgressEvent } from '../../shared/contract/define'

// Exactly the typed api and nothing else: the page never sees ipcRenderer or Node.
const api: KaoheApi = {
  call: (method, input, callId, session) => ipcRenderer.invoke('kaohe:call', method, input, callId, session) as Promise<CallOutcome>,
  cancel: (callId) => ipcRenderer.send('kaohe:cancel', callId),
  onProgress: (listener) => {
    const handler = (_e: IpcRendererEvent, callId: string, event: ProgressEvent) => listener(callId, event)
    ipcRenderer.on('kaohe:progress', handler)
    return () => ipcRenderer.removeListener('kaohe:progress', handler)
  },
}

contextBridge.exposeInMainWorld('kaohe', api)
