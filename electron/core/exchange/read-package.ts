import { AppError } from '../../../shared/contract/app-error'
import { packageLimitProblem, exchangeLimits, type LimitProblem } from '../../../shared/domain/exchange-limits'
import { t, type MessageKey, type MessageParams } from '../../../shared/i18n'
import { inflateEntry, listZipEntries, type ZipEntry } from '../../excel/zip-probe'
import { FORMAT, FORMAT_VERSION, hmacHex, keyFingerprint, MANIFEST, manifestSchema, sameDigest, sha256Hex, SIGNATURE, type Manifest } from './manifest'

export interface VerifiedPackage {
  manifest: Manifest
  /** each data part's bytes, by name, each matching its SHA-256 in the signed manifest */
  parts: Map<string, Buffer>
  fileHash: string
}

const mib = (n: number) => (n / 1024 / 1024).toFixed(1)

function refuse(file: string, key: MessageKey, params: MessageParams = {}): never {
  throw new AppError('bad-file', t(key, { file, ...params }))
}

function limitWords(file: string, p: LimitProblem): never {
  const max = exchangeLimits
  if (p.kind === 'file-size') refuse(file, 'exchange.error.fileSize', { size: mib(p.bytes), max: mib(max.fileBytes) })
  if (p.kind === 'entries') refuse(file, 'exchange.error.entries', { count: p.count, max: max.entries })
  if (p.kind === 'duplicate') refuse(file, 'exchange.error.duplicate', { part: p.name })
  if (p.kind === 'entry-size') refuse(file, 'exchange.error.entrySize', { part: p.name, size: mib(p.bytes), max: mib(max.entryBytes) })
  if (p.kind === 'total-size') refuse(file, 'exchange.error.totalSize', { size: mib(p.bytes), max: mib(max.totalBytes) })
  refuse(file, 'exchange.error.ratio', { part: p.name, ratio: p.ratio, max: max.ratio })
}

function inflate(file: string, bytes: Buffer, entry: ZipEntry): Buffer {
  try {
    return inflateEntry(bytes, entry)
  } catch {
    return refuse(file, 'exchange.error.damagedPart', { part: entry.name })
  }
}

/** The manifest's fingerprint, read only to word a refusal: its bytes are not trusted until the HMAC holds. */
function claimedFingerprint(bytes: Buffer): string | null {
  try {
    const v = (JSON.parse(bytes.toString('utf8')) as { keyFingerprint?: unknown }).keyFingerprint
    return typeof v === 'string' ? v : null
  } catch {
    return null
  }
}

/**
 * Opens a package and proves it whole before any data is read: the sizes on its zip directory within
 * the limits, the manifest's HMAC under the shared key (compared in constant time), the manifest's
 * format and the schema both databases must share, exactly the parts it lists, and each part's SHA-256.
 * Every refusal is `bad-file` naming the file and, where there is one, the part.
 */
export function openPackage(fileName: string, bytes: Buffer, key: string, ourSchema: number): VerifiedPackage {
  if (bytes.length > exchangeLimits.fileBytes) limitWords(fileName, { kind: 'file-size', bytes: bytes.length })
  const entries = listZipEntries(bytes)
  if (!entries || entries.length === 0) refuse(fileName, 'exchange.error.notPackage')
  const problem = packageLimitProblem(bytes.length, entries)
  if (problem) limitWords(fileName, problem)
  const byName = new Map(entries.map((e) => [e.name, e]))
  const manifestEntry = byName.get(MANIFEST)
  const signatureEntry = byName.get(SIGNATURE)
  if (!manifestEntry || !signatureEntry) refuse(fileName, 'exchange.error.notPackage')
  if (manifestEntry.uncompressedSize > exchangeLimits.manifestBytes || signatureEntry.uncompressedSize > 200) refuse(fileName, 'exchange.error.notPackage')

  const manifestBytes = inflate(fileName, bytes, manifestEntry)
  const signature = inflate(fileName, bytes, signatureEntry).toString('utf8').trim()
  if (!sameDigest(hmacHex(key, manifestBytes), signature)) {
    const theirs = claimedFingerprint(manifestBytes)
    const ours = keyFingerprint(key)
    if (theirs !== null && theirs !== ours) refuse(fileName, 'exchange.error.wrongKey', { theirs, ours })
    refuse(fileName, 'exchange.error.signature')
  }

  let manifest: Manifest
  try {
    manifest = manifestSchema.parse(JSON.parse(manifestBytes.toString('utf8')))
  } catch {
    return refuse(fileName, 'exchange.error.manifest')
  }
  if (manifest.format !== FORMAT || manifest.formatVersion !== FORMAT_VERSION) refuse(fileName, 'exchange.error.format', { version: manifest.formatVersion })
  if (manifest.schemaVersion !== ourSchema) refuse(fileName, 'exchange.error.schema', { theirs: manifest.schemaVersion, ours: ourSchema, app: manifest.appVersion })

  const listed = new Set(manifest.parts.map((p) => p.name))
  for (const e of entries) if (e.name !== MANIFEST && e.name !== SIGNATURE && !listed.has(e.name)) refuse(fileName, 'exchange.error.unlisted', { part: e.name })
  const parts = new Map<string, Buffer>()
  for (const p of manifest.parts) {
    const entry = byName.get(p.name)
    if (!entry) refuse(fileName, 'exchange.error.missingPart', { part: p.name })
    const data = inflate(fileName, bytes, entry)
    if (data.length !== p.bytes || !sameDigest(sha256Hex(data), p.sha256)) refuse(fileName, 'exchange.error.checksum', { part: p.name })
    parts.set(p.name, data)
  }
  return { manifest, parts, fileHash: sha256Hex(bytes) }
}
