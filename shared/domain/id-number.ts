/**
 * 公民身份号码 (GB 11643-1999): 6 digits of the address code, 8 of the birth date (YYYYMMDD), 3 of the
 * order code and one check character (a digit or X). Numbers issued before 1999 have 15 digits (the
 * birth date as YYMMDD of the 1900s, no check character); they are still on people's old records
 * and are accepted as written.
 */
export type IdNumberCheck =
  | { ok: true; value: string; /** YYYY-MM-DD */ birth: string }
  /** not 18 (or 15) characters once blanks are gone */
  | { ok: false; problem: 'length'; value: string }
  /** 18 characters but not 17 digits and a digit or X */
  | { ok: false; problem: 'characters'; value: string }
  /** the birth date code is no date (month 13, 30 February) */
  | { ok: false; problem: 'birthDate'; value: string; date: string }
  /** the check character is not the one GB 11643 computes from the first 17 digits */
  | { ok: false; problem: 'checkDigit'; value: string; expected: string }

/** GB 11643's weights of the first 17 digits (2^(17−i) mod 11), and the check character by the sum mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'

/** rule: the check character of an 18-digit number, from its first 17 digits (GB 11643, ISO 7064 MOD 11-2). */
export function idCheckCharacter(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK[sum % 11]
}

/** Full-width digits and a lower-case x as typed, blanks inside (copied from a form) dropped. */
export function normaliseIdNumber(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000]+/g, '').toUpperCase()
}

function isoDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/**
 * rule: a 身份证号 is 18 characters — 17 digits and a check digit or X that GB 11643 computes, with a
 * real birth date inside — or an old 15-digit number, taken as it is. Answers the number normalised
 * and its birth date, or what is wrong.
 */
export function checkIdNumber(text: string): IdNumberCheck {
  const value = normaliseIdNumber(text)
  if (value.length === 15) {
    if (!/^\d{15}$/.test(value)) return { ok: false, problem: 'characters', value }
    const code = value.slice(6, 12)
    const birth = isoDate(1900 + Number(code.slice(0, 2)), Number(code.slice(2, 4)), Number(code.slice(4, 6)))
    if (birth === null) return { ok: false, problem: 'birthDate', value, date: code }
    return { ok: true, value, birth }
  }
  if (value.length !== 18) return { ok: false, problem: 'length', value }
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, problem: 'characters', value }
  const code = value.slice(6, 14)
  const birth = isoDate(Number(code.slice(0, 4)), Number(code.slice(4, 6)), Number(code.slice(6, 8)))
  if (birth === null) return { ok: false, problem: 'birthDate', value, date: code }
  const expected = idCheckCharacter(value)
  if (value[17] !== expected) return { ok: false, problem: 'checkDigit', value, expected }
  return { ok: true, value, birth }
}

/**
 * rule: 出生年月 agrees with the 身份证号 when its year and month are the ID's (a roster gives YYYY-MM,
 * sometimes the whole date). Text that is no date (as the roster keeps it) is not compared: false
 * only for a date that is a different one.
 */
export function birthDisagrees(birth: string, idBirth: string): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(birth)
  if (!m) return false
  const [, y, mo, d] = m
  if (`${y}-${mo}` !== idBirth.slice(0, 7)) return true
  return d !== undefined && d !== idBirth.slice(8, 10)
}
