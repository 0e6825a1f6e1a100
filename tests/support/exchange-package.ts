import { inflateEntry, listZipEntries } from '../../electron/excel/zip-probe'
import { writeZip } from '../../electron/core/exchange/zip-write'

/** A copy of a package with one byte flipped inside the stored data of the named part (its compressed bytes, where a copy error would land). */
export function flipByteIn(pkg: Buffer, part: string): Buffer {
  const entry = listZipEntries(pkg)?.find((e) => e.name === part)
  if (!entry) throw new Error(`no part ${part}`)
  const start = entry.offset + 30 + pkg.readUInt16LE(entry.offset + 26) + pkg.readUInt16LE(entry.offset + 28)
  const copy = Buffer.from(pkg)
  const at = start + Math.floor(entry.compressedSize / 2)
  copy[at] = copy[at] ^ 0x01
  return copy
}

export const asPackage = (fileName: string, bytes: Buffer) => ({ fileName, dataBase64: bytes.toString('base64') })

/**
 * A package re-zipped with one byte of a part's content changed: a well-formed zip whose part no
 * longer matches the manifest (or, for manifest.json, whose manifest no longer matches its HMAC).
 */
export function changeByteOf(pkg: Buffer, part: string): Buffer {
  const entries = listZipEntries(pkg) ?? []
  const parts = entries.map((e) => ({ name: e.name, data: Buffer.from(inflateEntry(pkg, e)) }))
  const target = parts.find((p) => p.name === part)
  if (!target) throw new Error(`no part ${part}`)
  // a digit in the middle turned into another digit, so the JSON stays JSON
  const text = target.data.toString('utf8')
  const at = [...text.matchAll(/\d/g)].map((m) => m.index)[Math.floor(text.length / 40)] ?? text.search(/\d/)
  target.data = Buffer.from(text.slice(0, at) + (text[at] === '1' ? '2' : '1') + text.slice(at + 1), 'utf8')
  return writeZip(parts, new Date())
}
