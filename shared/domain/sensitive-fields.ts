import type { Role } from './roles'

/**
 * A person's sensitive fields — 出生年月, 身份证号, 联系电话 — and who sees them. The roster carries them
 * for the clerks who keep the records; everyone else (leaders, read-only accounts, the three
 * administrators) reads them masked, and any export can leave them out altogether. Every handler
 * and export that hands one of them out asks these functions, so the rule is stated once.
 */
export interface SensitiveFields {
  birth: string | null
  idNumber: string | null
  phone: string | null
}

export const sensitiveKeys = ['birth', 'idNumber', 'phone'] as const satisfies readonly (keyof SensitiveFields)[]

/** How a reader gets the sensitive fields: as stored, masked, or not at all (an export told to omit them). */
export type SensitiveView = 'full' | 'masked' | 'omitted'

/** rule: only 考核工作人员 sees the sensitive fields in full — the role that works with the records (no role: no one). */
export function seesSensitive(role: Role | null): boolean {
  return role === 'clerk'
}

/** rule: an export told to omit the sensitive fields leaves them out for every role; otherwise the role decides. */
export function sensitiveView(role: Role | null, omit = false): SensitiveView {
  if (omit) return 'omitted'
  return seesSensitive(role) ? 'full' : 'masked'
}

const stars = (n: number) => '*'.repeat(Math.max(0, n))

/**
 * rule: a 身份证号 shows its first 6 (the place of registration) and last 4 characters:
 * 110101199003071234 → 110101********1234, which hides the birth date and the order code. Anything
 * shorter than a real number keeps at most its last 4, never more than half.
 */
export function maskIdNumber(id: string): string {
  const chars = [...id]
  const n = chars.length
  const [head, tail] = n >= 11 ? [6, 4] : [0, Math.min(4, Math.floor(n / 2))]
  return chars.slice(0, head).join('') + stars(n - head - tail) + chars.slice(n - tail).join('')
}

/**
 * rule: a phone number keeps its first 3 and last 4 digits (13812345678 → 138****5678); a number
 * shorter than a mobile's 11 digits keeps its first 3 and last 2 (6543210 → 654**10). Separators
 * stay where they are; a number of fewer than 7 digits is all stars. A star counts as the digit it
 * hides, so a masked number masks to itself.
 */
export function maskPhone(phone: string): string {
  const place = (c: string) => /[\d*]/.test(c)
  const places = [...phone].filter(place).length
  const tail = places >= 11 ? 4 : 2
  const hidden = (i: number) => places < 7 || (i >= 3 && i < places - tail)
  let i = 0
  return [...phone].map((c) => (place(c) ? (hidden(i++) ? '*' : c) : c)).join('')
}

/** rule: 出生年月 keeps the year only (1990-03, 1990-03-07 or 1990年3月 → 1990-**); text without a year is all stars. */
export function maskBirth(birth: string): string {
  const year = /^\s*(\d{4})/.exec(birth.normalize('NFKC'))
  return year ? `${year[1]}-**` : '**'
}

const maskers: Record<keyof SensitiveFields, (value: string) => string> = { birth: maskBirth, idNumber: maskIdNumber, phone: maskPhone }

/**
 * A record with its sensitive fields as `view` shows them: unchanged, masked, or null (omitted).
 * Only the keys present are touched, so it serves a Person, a snapshot in the audit log or a form's
 * person alike.
 */
export function showSensitive<T extends object>(record: T, view: SensitiveView): T {
  if (view === 'full') return record
  const out: Record<string, unknown> = { ...(record as Record<string, unknown>) }
  for (const key of sensitiveKeys) {
    const value = out[key]
    if (typeof value !== 'string') continue
    out[key] = view === 'omitted' ? null : maskers[key](value)
  }
  return out as T
}
