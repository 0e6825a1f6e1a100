import { createInflateRaw, crc32, inflateRawSync } from 'node:zlib'

/**
 * Reads a zip's central directory without inflating anything, so the format can be told from the
 * entry names (xl/workbook.xml, xl/workbook.bin, an ODF mimetype) and a zip bomb refused before
 * exceljs inflates it into memory.
 */
export interface ZipEntry {
  name: string
  method: number
  /** general purpose flags; bit 0 marks an encrypted entry */
  flags: number
  crc: number
  compressedSize: number
  uncompressedSize: number
  /** where the entry's local header starts */
  offset: number
}

/** Why an entry cannot be trusted, in the order the checks meet it. */
export type ZipFault = 'header' | 'truncated' | 'method' | 'encrypted' | 'size' | 'crc' | 'inflate'

export class ZipDamage extends Error {
  constructor(
    readonly entry: string,
    readonly fault: ZipFault,
  ) {
    super(`zip entry ${entry}: ${fault}`)
  }
}

const EOCD_SIG = 0x06054b50
const EOCD64_LOCATOR_SIG = 0x07064b50
const EOCD64_SIG = 0x06064b50
const CEN_SIG = 0x02014b50
const LOC_SIG = 0x04034b50
const U32_MAX = 0xffffffff

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
  let count = buf.readUInt16LE(eocd + 10)
  let cdOffset = buf.readUInt32LE(eocd + 16)
  if (count === 0xffff || cdOffset === U32_MAX) {
    // ZIP64: the real count and offset sit in a record the locator just before the EOCD points to
    const z64 = zip64Directory(buf, eocd)
    if (!z64) return null
    ;({ count, cdOffset } = z64)
  }
  const entries: ZipEntry[] = []
  let p = cdOffset
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CEN_SIG) return null
    const nameLen = buf.readUInt16LE(p + 28)
    const extraLen = buf.readUInt16LE(p + 30)
    const commentLen = buf.readUInt16LE(p + 32)
    if (p + 46 + nameLen + extraLen > buf.length) return null
    const entry: ZipEntry = {
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      crc: buf.readUInt32LE(p + 16),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      offset: buf.readUInt32LE(p + 42),
    }
    if (!applyZip64Extra(entry, buf.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen))) return null
    entries.push(entry)
    p += 46 + nameLen + extraLen + commentLen
  }
  return entries
}

function zip64Directory(buf: Buffer, eocd: number): { count: number; cdOffset: number } | null {
  const loc = eocd - 20
  if (loc < 0 || buf.readUInt32LE(loc) !== EOCD64_LOCATOR_SIG) return null
  const at = Number(buf.readBigUInt64LE(loc + 8))
  if (at + 56 > buf.length || buf.readUInt32LE(at) !== EOCD64_SIG) return null
  const count = Number(buf.readBigUInt64LE(at + 32))
  const cdOffset = Number(buf.readBigUInt64LE(at + 48))
  return Number.isSafeInteger(count) && Number.isSafeInteger(cdOffset) ? { count, cdOffset } : null
}

/** Sizes and offset marked 0xFFFFFFFF are in the ZIP64 extra field (id 1), in that order. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): boolean {
  const wanted = [entry.uncompressedSize, entry.compressedSize, entry.offset].filter((v) => v === U32_MAX).length
  if (wanted === 0) return true
  for (let q = 0; q + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(q)
    const len = extra.readUInt16LE(q + 2)
    if (id === 1) {
      if (len < wanted * 8 || q + 4 + len > extra.length) return false
      let v = q + 4
      const next = () => {
        const n = Number(extra.readBigUInt64LE(v))
        v += 8
        return n
      }
      if (entry.uncompressedSize === U32_MAX) entry.uncompressedSize = next()
      if (entry.compressedSize === U32_MAX) entry.compressedSize = next()
      if (entry.offset === U32_MAX) entry.offset = next()
      return true
    }
    q += 4 + len
  }
  return false
}

/** The entry's compressed bytes, after checking its local header; throws ZipDamage. */
function entryData(buf: Buffer, entry: ZipEntry): Buffer {
  const p = entry.offset
  if (entry.flags & 1) throw new ZipDamage(entry.name, 'encrypted')
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOC_SIG) throw new ZipDamage(entry.name, 'header')
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28)
  const data = buf.subarray(start, start + entry.compressedSize)
  if (data.length !== entry.compressedSize) throw new ZipDamage(entry.name, 'truncated')
  if (entry.method !== 0 && entry.method !== 8) throw new ZipDamage(entry.name, 'method')
  return data
}

/**
 * Inflates one small entry whole, refusing to produce more than the size its directory entry
 * claims and checking its CRC-32. For parts that may be large use streamEntry.
 */
export function inflateEntry(buf: Buffer, entry: ZipEntry): Buffer {
  const data = entryData(buf, entry)
  let out: Buffer
  try {
    out = entry.method === 0 ? data : inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) })
  } catch {
    throw new ZipDamage(entry.name, 'inflate')
  }
  if (out.length !== entry.uncompressedSize) throw new ZipDamage(entry.name, 'size')
  if (crc32(out) >>> 0 !== entry.crc >>> 0) throw new ZipDamage(entry.name, 'crc')
  return out
}

const CHUNK = 256 * 1024

/**
 * Inflates one entry chunk by chunk, handing each to `onChunk` (which may throw to stop), so a
 * large part is checked in bounded memory. Refuses more bytes than the directory claims, fewer at
 * the end, and a CRC-32 that does not match the directory's.
 */
export async function streamEntry(buf: Buffer, entry: ZipEntry, onChunk: (chunk: Buffer) => void): Promise<void> {
  const data = entryData(buf, entry)
  let size = 0
  let crc = 0
  const take = (chunk: Buffer) => {
    size += chunk.length
    if (size > entry.uncompressedSize) throw new ZipDamage(entry.name, 'size')
    crc = crc32(chunk, crc)
    onChunk(chunk)
  }
  if (entry.method === 0) {
    for (let i = 0; i < data.length; i += CHUNK) take(data.subarray(i, i + CHUNK))
  } else {
    const inflater = createInflateRaw({ chunkSize: CHUNK })
    inflater.end(data)
    try {
      for await (const chunk of inflater) take(chunk as Buffer)
    } catch (e) {
      inflater.destroy()
      throw e instanceof ZipDamage || !(e instanceof Error && 'errno' in e) ? e : new ZipDamage(entry.name, 'inflate')
    }
  }
  if (size !== entry.uncompressedSize) throw new ZipDamage(entry.name, 'size')
  if (crc >>> 0 !== entry.crc >>> 0) throw new ZipDamage(entry.name, 'crc')
}

/**
 * A zip of some of `buf`'s entries, their compressed bytes copied as they are (nothing inflated),
 * so one part can be tried alone. Entries are within the 32-bit limits by the time this is used.
 */
export function zipSubset(buf: Buffer, entries: ZipEntry[]): Buffer {
  const out: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const p = e.offset
    const length = 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28) + e.compressedSize
    const name = Buffer.from(e.name, 'utf8')
    const c = Buffer.alloc(46)
    c.writeUInt32LE(CEN_SIG, 0)
    c.writeUInt16LE(20, 4)
    c.writeUInt16LE(20, 6)
    c.writeUInt16LE(e.flags | 0x0800, 8)
    c.writeUInt16LE(e.method, 10)
    c.writeUInt32LE(e.crc >>> 0, 16)
    c.writeUInt32LE(e.compressedSize, 20)
    c.writeUInt32LE(e.uncompressedSize, 24)
    c.writeUInt16LE(name.length, 28)
    c.writeUInt32LE(offset, 42)
    out.push(buf.subarray(p, p + length))
    central.push(c, name)
    offset += length
  }
  const cd = Buffer.concat(central)
  const eocd = Buffer.alloc(22)
  eocd.writeUInt32LE(EOCD_SIG, 0)
  eocd.writeUInt16LE(entries.length, 8)
  eocd.writeUInt16LE(entries.length, 10)
  eocd.writeUInt32LE(cd.length, 12)
  eocd.writeUInt32LE(offset, 16)
  return Buffer.concat([...out, cd, eocd])
}
