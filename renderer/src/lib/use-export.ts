import { useState } from 'react'
import type { ExportedFile, ProgressEvent } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { useNotify } from '../components/notify'
import { downloadFile } from './files'
import { isCancelled, type RpcOptions } from './rpc'

/**
 * One long export from a button: progress while it runs, cancel (the backend stops at its next
 * checkpoint), the download, and one message for done, cancelled or failed.
 */
export function useExport() {
  const notify = useNotify()
  const [running, setRunning] = useState<AbortController | null>(null)
  const [progress, setProgress] = useState<ProgressEvent | null>(null)

  const run = async (call: (opts: RpcOptions) => Promise<ExportedFile>): Promise<ExportedFile | null> => {
    const c = new AbortController()
    setRunning(c)
    setProgress(null)
    try {
      const file = await call({ signal: c.signal, onProgress: setProgress })
      downloadFile(file)
      notify.success(t('ui.report.exported', { file: file.fileName }))
      return file
    } catch (e) {
      if (isCancelled(e)) notify.info(t('error.cancelled'))
      else notify.error(e)
      return null
    } finally {
      setRunning(null)
    }
  }

  return { running: running !== null, progress, cancel: () => running?.abort(), run }
}
