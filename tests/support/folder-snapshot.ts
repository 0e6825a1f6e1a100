import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Every file in a folder with the hash of its bytes: equal snapshots mean not a byte written, nothing added. */
export function folderSnapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name)
    out[name] = fs.statSync(p).isFile() ? crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex') : 'folder'
  }
  return out
}
