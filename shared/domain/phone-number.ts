/**
 * rule: a 联系电话 is 7 to 20 digits once the spaces, dashes and plus signs people type are gone
 * (0571-8765 4321, +86 138 1234 5678). Answers the number as stored — its digits, with the leading
 * + of an international number kept — or null when it is not a phone number.
 */
export function checkPhone(text: string): string | null {
  const s = text.normalize('NFKC').trim()
  const digits = s.replace(/[\s\u3000\-+]/g, '')
  if (!/^\d{7,20}$/.test(digits)) return null
  return s.startsWith('+') ? `+${digits}` : digits
}
