import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Writes a file so a crash leaves the old one or the new one, never half of either: temp, fsync, rename, fsync the folder. */
export function writeFileAtomic(file: string, data: string): void {
  const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`
  const fd = fs.openSync(tmp, 'w')
  try {
    fs.writeFileSync(fd, data)
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
  fs.renameSync(tmp, file)
  fsyncFolder(path.dirname(file))
}

export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+')
  try {
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
}

/** A rename is durable only once its folder is: Windows cannot open a folder, and needs no such step. */
export function fsyncFolder(folder: string): void {
  if (process.platform === 'win32') return
  const fd = fs.openSync(folder, 'r')
  try {
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
}

export async function fileSha256(file: string): Promise<string> {
  const hash = crypto.createHash('sha256')
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** SQLite's companions of a database file: the write-ahead log and its index. */
export function companionsOf(dbFile: string): string[] {
  return [`${dbFile}-wal`, `${dbFile}-shm`, `${dbFile}-journal`]
}

export function removeIfPresent(file: string): void {
  fs.rmSync(file, { force: true })
}
