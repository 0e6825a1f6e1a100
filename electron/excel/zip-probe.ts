import { inflateRawSync } from 'node:zlib'

/**
 * Reads a zip's central directory without inflating anything, so the format can be told from the
 * entry names (xl/workbook.xml, xl/workbook.bin, an ODF mimetype) and a zip bomb refused before
 * exceljs inflates it into memory.
 */
export interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  uncompressedSize: number
  /** where the entry's local header starts */
  offset: number
}

const EOCD_SIG = 0x06054b50
const CEN_SIG = 0x02014b50

/** null when the central directory cannot be found or is damaged. */
export function listZipEntries(buf: Buffer): ZipEntry[] | null {
  const minEocd = 22
  if (buf.length < minEocd) return null
  const stop = Math.max(0, buf.length - minEocd - 0xffff)
  let eocd = -1
  for (let i = buf.length - minEocd; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG) {
      eocd = i
      break
    }
  }
  if (eocd < 0) return null
  const count = buf.readUInt16LE(eocd + 10)
  const cdOffset = buf.readUInt32LE(eocd + 16)
  const entries: ZipEntry[] = []
  let p = cdOffset
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CEN_SIG) return null
    const method = buf.readUInt16LE(p + 10)
    const compressedSize = buf.readUInt32LE(p + 20)
    const uncompressedSize = buf.readUInt32LE(p + 24)
    const nameLen = buf.readUInt16LE(p + 28)
    const extraLen = buf.readUInt16LE(p + 30)
    const commentLen = buf.readUInt16LE(p + 32)
    const offset = buf.readUInt32LE(p + 42)
    if (p + 46 + nameLen > buf.length) return null
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen)
    entries.push({ name, method, compressedSize, uncompressedSize, offset })
    p += 46 + nameLen + extraLen + commentLen
  }
  return entries
}

/**
 * Inflates one entry, refusing to produce more than the size its directory entry claims: a zip
 * that lies about its sizes is damaged or hostile. Throws on any inconsistency.
 */
export function inflateEntry(buf: Buffer, entry: ZipEntry): Buffer {
  const p = entry.offset
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== 0x04034b50) throw new Error('bad local header')
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28)
  const data = buf.subarray(start, start + entry.compressedSize)
  if (data.length !== entry.compressedSize) throw new Error('truncated entry')
  if (entry.method === 0) return data
  if (entry.method !== 8) throw new Error(`compression method ${entry.method}`)
  const out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) })
  if (out.length !== entry.uncompressedSize) throw new Error('size mismatch')
  return out
}
