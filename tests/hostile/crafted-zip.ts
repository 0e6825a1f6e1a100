import fs from 'node:fs'
import { crc32, deflateRawSync } from 'node:zlib'

/**
 * A zip written by hand, so a test can make the ones no library would: sizes and CRCs that lie,
 * parts of hundreds of megabytes inflated from a few, entries stored or deflated. Large parts come
 * as chunks and are deflated chunk by chunk (each a full flush), so a 300 MB part never sits in memory.
 */
export interface CraftedEntry {
  name: string
  data: Buffer | (() => Iterable<Buffer>)
  stored?: boolean
  /** what the directory claims instead of the truth */
  claimSize?: number
  claimCrc?: number
}

interface Written {
  name: Buffer
  method: number
  crc: number
  compressed: number
  size: number
  offset: number
}

function* chunksOf(data: CraftedEntry['data']): Iterable<Buffer> {
  if (Buffer.isBuffer(data)) yield data
  else yield* data()
}

/** Deflates chunk by chunk into one raw deflate stream (each chunk a non-final block, then an empty final one). */
function compress(entry: CraftedEntry): { parts: Buffer[]; crc: number; size: number } {
  const parts: Buffer[] = []
  let crc = 0
  let size = 0
  for (const chunk of chunksOf(entry.data)) {
    crc = crc32(chunk, crc)
    size += chunk.length
    if (entry.stored) parts.push(chunk)
    // Z_FULL_FLUSH ends the chunk on a byte boundary without finishing the stream
    else parts.push(deflateRawSync(chunk, { finishFlush: 3 }))
  }
  if (!entry.stored) parts.push(Buffer.from([0x03, 0x00]))
  return { parts, crc, size }
}

export function writeCraftedZip(file: string, entries: CraftedEntry[]): void {
  const fd = fs.openSync(file, 'w')
  let offset = 0
  const written: Written[] = []
  const put = (b: Buffer) => {
    fs.writeSync(fd, b)
    offset += b.length
  }
  try {
    for (const e of entries) {
      const { parts, crc, size } = compress(e)
      const compressed = parts.reduce((n, p) => n + p.length, 0)
      const w: Written = {
        name: Buffer.from(e.name),
        method: e.stored ? 0 : 8,
        crc: e.claimCrc ?? crc,
        compressed,
        size: e.claimSize ?? size,
        offset,
      }
      const local = Buffer.alloc(30)
      local.writeUInt32LE(0x04034b50, 0)
      local.writeUInt16LE(20, 4)
      local.writeUInt16LE(w.method, 8)
      local.writeUInt32LE(w.crc >>> 0, 14)
      local.writeUInt32LE(w.compressed, 18)
      local.writeUInt32LE(w.size, 22)
      local.writeUInt16LE(w.name.length, 26)
      put(local)
      put(w.name)
      for (const p of parts) put(p)
      written.push(w)
    }
    const cdStart = offset
    for (const w of written) {
      const central = Buffer.alloc(46)
      central.writeUInt32LE(0x02014b50, 0)
      central.writeUInt16LE(20, 4)
      central.writeUInt16LE(20, 6)
      central.writeUInt16LE(w.method, 10)
      central.writeUInt32LE(w.crc >>> 0, 16)
      central.writeUInt32LE(w.compressed, 20)
      central.writeUInt32LE(w.size, 24)
      central.writeUInt16LE(w.name.length, 28)
      central.writeUInt32LE(w.offset, 42)
      put(central)
      put(w.name)
    }
    const eocd = Buffer.alloc(22)
    eocd.writeUInt32LE(0x06054b50, 0)
    eocd.writeUInt16LE(written.length, 8)
    eocd.writeUInt16LE(written.length, 10)
    eocd.writeUInt32LE(offset - cdStart, 12)
    eocd.writeUInt32LE(cdStart, 16)
    put(eocd)
  } finally {
    fs.closeSync(fd)
  }
}
