import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** A fresh folder under the OS temp dir, removed by the returned cleanup. */
export function tempDir(prefix = 'kaohe-test-'): { dir: string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) }
}

export const fixturesDir = path.resolve(__dirname, '../fixtures')

export function fixtureFile(name: string): { fileName: string; dataBase64: string } {
  return { fileName: name, dataBase64: fs.readFileSync(path.join(fixturesDir, name)).toString('base64') }
}
