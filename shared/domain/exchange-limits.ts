/**
 * How big an exchange package may be, checked on its zip directory before anything is inflated: a
 * year of a large unit is a few MiB, so these leave room while keeping a zip bomb (a small file that
 * inflates to gigabytes) or a file stuffed with entries from reaching memory.
 */
export const exchangeLimits = {
  fileBytes: 100 * 1024 * 1024,
  entries: 64,
  entryBytes: 256 * 1024 * 1024,
  totalBytes: 512 * 1024 * 1024,
  /** inflated ÷ stored, for an entry of more than `ratioFrom` bytes; JSON lines compress 10–30× */
  ratio: 200,
  ratioFrom: 64 * 1024,
  /** manifest.json and its signature are small; anything larger is not one */
  manifestBytes: 1024 * 1024,
} as const

export interface DeclaredEntry {
  name: string
  compressedSize: number
  uncompressedSize: number
}

export type LimitProblem =
  | { kind: 'file-size'; bytes: number }
  | { kind: 'entries'; count: number }
  | { kind: 'duplicate'; name: string }
  | { kind: 'entry-size'; name: string; bytes: number }
  | { kind: 'total-size'; bytes: number }
  | { kind: 'ratio'; name: string; ratio: number }

/** rule: a package is refused before inflating when the file, an entry, the total or an entry's ratio is over the limits, or a name repeats. */
export function packageLimitProblem(fileBytes: number, entries: readonly DeclaredEntry[]): LimitProblem | null {
  const l = exchangeLimits
  if (fileBytes > l.fileBytes) return { kind: 'file-size', bytes: fileBytes }
  if (entries.length > l.entries) return { kind: 'entries', count: entries.length }
  const seen = new Set<string>()
  let total = 0
  for (const e of entries) {
    if (seen.has(e.name)) return { kind: 'duplicate', name: e.name }
    seen.add(e.name)
    if (e.uncompressedSize > l.entryBytes) return { kind: 'entry-size', name: e.name, bytes: e.uncompressedSize }
    total += e.uncompressedSize
    if (e.uncompressedSize > l.ratioFrom) {
      const ratio = e.uncompressedSize / Math.max(1, e.compressedSize)
      if (ratio > l.ratio) return { kind: 'ratio', name: e.name, ratio: Math.round(ratio) }
    }
  }
  if (total > l.totalBytes) return { kind: 'total-size', bytes: total }
  return null
}
