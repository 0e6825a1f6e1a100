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

export function dateTime(iso: string | null | undefined): string {
  if (!iso) return '—'
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  // 2026-12-07 09:30:05 in either language: never month-first or day-first (issue 16)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`
}
