import crypto from 'node:crypto'
import { z } from 'zod'

export const MANIFEST = 'manifest.json'
/** the HMAC-SHA256 of manifest.json's bytes under the offices' shared key, as 64 hex digits */
export const SIGNATURE = 'manifest.hmac'
export const FORMAT = 'kaohe-exchange'
export const FORMAT_VERSION = 1

const part = z.object({
  name: z.string().regex(/^data\/[a-z_]+\.jsonl$/),
  table: z.string().regex(/^[a-z_]+$/),
  rows: z.number().int().min(0),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
})

/** manifest.json: who sent what, and the SHA-256 of every data part; the HMAC covers exactly these bytes. */
export const manifestSchema = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.number().int(),
  unit: z.string().max(200),
  createdAt: z.string().max(40),
  createdBy: z.string().max(100),
  appVersion: z.string().max(40),
  /** the highest migration applied where the package was made: both databases must have the same tables */
  schemaVersion: z.number().int(),
  scope: z.enum(['periods', 'all']),
  periods: z.array(z.object({ id: z.string().max(50), name: z.string().max(200), kind: z.string().max(20), year: z.number().int() })).max(200),
  /** the person fields a package never carries */
  omitted: z.array(z.string().max(40)).max(10),
  keyFingerprint: z.string().max(40),
  parts: z.array(part).max(64),
})
export type Manifest = z.infer<typeof manifestSchema>

export function sha256Hex(data: Buffer): string {
  return crypto.createHash('sha256').update(data).digest('hex')
}

export function hmacHex(key: string, data: Buffer): string {
  return crypto.createHmac('sha256', Buffer.from(key, 'utf8')).update(data).digest('hex')
}

/** Compares two hex digests in constant time, so the check says nothing about how much of a guess was right. */
export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8')
  const y = Buffer.from(b, 'utf8')
  // a digest's length is no secret: only equal lengths are compared, and those in constant time
  return x.length === y.length && crypto.timingSafeEqual(x, y)
}

/**
 * The key's fingerprint, for two offices to compare over the phone: 16 hex digits in groups of four
 * of a SHA-256 over a fixed label and the key. It tells keys apart without giving the key away.
 */
export function keyFingerprint(key: string): string {
  const hex = crypto.createHash('sha256').update(`kaohe-exchange-key\u0000${key}`, 'utf8').digest('hex').slice(0, 16).toUpperCase()
  return hex.match(/.{4}/g)!.join(' ')
}
