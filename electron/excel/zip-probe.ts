/**
 * Reads a zip's central directory without inflating anything, so the format can be told from the
 * entry names (xl/workbook.xml, xl/workbook.bin, an ODF mimetype) and a zip bomb refused before
 * exceljs inflates it into memory.
 */
export interface ZipEntry {
  name: string
  compressedSize: number
  uncompressedSize: number
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
    const compressedSize = buf.readUInt32LE(p + 20)
    const uncompressedSize = buf.readUInt32LE(p + 24)
    const nameLen = buf.readUInt16LE(p + 28)
    const extraLen = buf.readUInt16LE(p + 30)
    const commentLen = buf.readUInt16LE(p + 32)
    if (p + 46 + nameLen > buf.length) return null
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen)
    entries.push({ name, compressedSize, uncompressedSize })
    p += 46 + nameLen + extraLen + commentLen
  }
  return entries
}

/** The stored bytes of an entry that was stored uncompressed (ODF's mimetype is), else null. */
export function readStoredEntryHead(buf: Buffer, name: string, max: number): string | null {
  // ODF requires the mimetype entry first and uncompressed, so the local header at 0 is enough
  if (buf.length < 30 || buf.readUInt32LE(0) !== 0x04034b50) return null
  const method = buf.readUInt16LE(8)
  const nameLen = buf.readUInt16LE(26)
  const extraLen = buf.readUInt16LE(28)
  const entryName = buf.toString('utf8', 30, 30 + nameLen)
  if (entryName !== name || method !== 0) return null
  const start = 30 + nameLen + extraLen
  return buf.toString('utf8', start, Math.min(buf.length, start + max))
}
