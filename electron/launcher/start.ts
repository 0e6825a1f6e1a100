import fs from 'node:fs'
import path from 'node:path'
import { spawn } from 'node:child_process'
import { t } from '../../shared/i18n'
import { serve } from './serve'

/**
 * `npm start`: the Electron app where its binary exists; otherwise (as on machines that cannot
 * download it) the same UI in browser mode. Never loads the `electron` package from Node, since
 * that would try to download the binary.
 */
function electronBinary(): string | null {
  const dist = path.resolve(__dirname, '../../node_modules/electron/dist')
  const pathFile = path.resolve(__dirname, '../../node_modules/electron/path.txt')
  if (!fs.existsSync(dist) || !fs.existsSync(pathFile)) return null
  const exe = path.join(dist, fs.readFileSync(pathFile, 'utf8').trim())
  return fs.existsSync(exe) ? exe : null
}

const exe = electronBinary()
if (exe) {
  const child = spawn(exe, [path.resolve(__dirname, '../..'), ...process.argv.slice(2)], { stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
} else {
  void serve(process.argv.slice(2), t('launcher.browserMode'))
}
