/** Totals arrive already rounded half-up by the backend; this only pads them for display. */
export function fixed2(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—'
  return value.toFixed(2)
}

/** A weight fraction (0.15) as a percentage for display (15.00). */
export function percent(fraction: number | null | undefined, digits = 2): string {
  if (fraction === null || fraction === undefined) return '—'
  return trimZeros((fraction * 100).toFixed(digits))
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s
}

/**
 * A stored time as 2026-12-07 14:05 in the office's time zone, in every language: the locale's own
 * formats put the month first (en-US) or use slashes (zh-CN), and Kaohe writes dates one way.
 */
export function dateTime(iso: string | null | undefined): string {
  if (!iso) return '—'
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  // 2026-12-07 14:05:09 in both languages: month-first or 2026/12/7 orders are misread in an office
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
}
