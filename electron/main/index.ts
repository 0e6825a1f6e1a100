import path from 'node:path'
import { app, BrowserWindow, dialog, session, type IpcMainInvokeEvent } from 'electron'
import { startBackendWorker, type BackendHost } from '../rpc/backend-host'
import { serveIpc } from './ipc-transport'
import { parseArgs } from '../rpc/args'
import { t } from '../../shared/i18n'

// The main process only manages windows and security; the backend runs on its own thread.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'"

let backend: BackendHost | null = null
let mainWindow: BrowserWindow | null = null
const rendererUrl = process.env.ELECTRON_RENDERER_URL
const rendererFile = path.join(__dirname, '../renderer/index.html')

/** `--db`, else KAOHE_DB, else the app's own place — the one path where its first launch makes the database. */
function database(): { path: string; create: boolean } {
  const { options } = parseArgs(process.argv.slice(1))
  const named = (typeof options.db === 'string' ? options.db : process.env.KAOHE_DB) || undefined
  return named ? { path: named, create: false } : { path: path.join(app.getPath('userData'), 'kaohe.db'), create: true }
}

function isTrustedSender(e: IpcMainInvokeEvent): boolean {
  const url = e.senderFrame?.url ?? ''
  return rendererUrl ? url.startsWith(rendererUrl) : url.startsWith('file://')
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: t('app.title'),
    show: false,
    webPreferences: {
      preload: path.join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  })
  mainWindow.once('ready-to-show', () => mainWindow?.show())
  if (rendererUrl) void mainWindow.loadURL(rendererUrl)
  else void mainWindow.loadFile(rendererFile)
}

app.on('web-contents-created', (_e, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
})

app.whenReady().then(async () => {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } })
  })
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  const db = database()
  backend = await startBackendWorker(db.path, { create: db.create })
  serveIpc(backend, isTrustedSender)
  createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
}, (e: unknown) => {
  // A refused database (missing, another program's, unknown migrations, read-only and not upgraded) must reach the clerk, not only a log.
  dialog.showErrorBox(t('app.title'), e instanceof Error ? e.message : String(e))
  app.exit(1)
})

app.on('window-all-closed', () => {
  void backend?.close().finally(() => app.quit())
})
