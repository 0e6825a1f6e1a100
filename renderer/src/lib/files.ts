import { fileOverLimitMessage, MAX_IMPORT_FILE_BYTES, type ExportedFile, type FileInput } from '../../../shared/contract'
import { RpcFailure } from './rpc'

/**
 * Reads a chosen file into the contract's file shape (bytes as base64), natively and with progress.
 * A file over the import limit is refused by its size, before a byte of it is read or encoded.
 */
export function readFileInput(file: File, signal?: AbortSignal, onProgress?: (done: number, total: number) => void): Promise<FileInput> {
  if (file.size > MAX_IMPORT_FILE_BYTES) return Promise.reject(new RpcFailure({ code: 'bad-file', message: fileOverLimitMessage(file.name, file.size) }))
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    const onAbort = () => reader.abort()
    signal?.addEventListener('abort', onAbort, { once: true })
    reader.onprogress = (e) => onProgress?.(e.loaded, e.lengthComputable ? e.total : file.size)
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.onabort = () => reject(new DOMException('aborted', 'AbortError'))
    reader.onload = () => {
      signal?.removeEventListener('abort', onAbort)
      const url = String(reader.result)
      resolve({ fileName: file.name, dataBase64: url.slice(url.indexOf(',') + 1) })
    }
    reader.readAsDataURL(file)
  })
}

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Saves an exported workbook (or a chart's PNG, an exchange package) through the browser's download (Blob + <a download>). */
export function downloadFile(file: ExportedFile): void {
  const binary = atob(file.dataBase64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  const name = file.fileName.toLowerCase()
  const type = name.endsWith('.csv') ? 'text/csv' : name.endsWith('.png') ? 'image/png' : name.endsWith('.khx') ? 'application/zip' : xlsxType
  const url = URL.createObjectURL(new Blob([bytes], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = file.fileName
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
