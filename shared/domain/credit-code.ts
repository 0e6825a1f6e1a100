/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from the code table 0-9 and the upper-case letters
 * except I, O, S, V and Z; the 18th is a check character over the first 17.
 */
export type CreditCodeCheck =
  | { ok: true; value: string }
  /** not 18 characters once blanks are gone */
  | { ok: false; problem: 'length'; value: string }
  /** a character outside the code table (I, O, S, V, Z, or not a letter or digit) */
  | { ok: false; problem: 'characters'; value: string }
  /** the check character is not the one GB 32100 computes from the first 17 */
  | { ok: false; problem: 'checkCharacter'; value: string; expected: string }

const TABLE = '0123456789ABCDEFGHJKLMNPQRTUWXY'
/** weights of positions 1..17: 3^(i−1) mod 31 */
const WEIGHTS = Array.from({ length: 17 }, (_, i) => Number(3n ** BigInt(i) % 31n))

/** rule: the check character of a 统一社会信用代码 from its first 17 characters (GB 32100-2015, 31 − Σ mod 31). */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += TABLE.indexOf(first17[i]) * WEIGHTS[i]
  return TABLE[(31 - (sum % 31)) % 31]
}

/** Full-width characters and lower case as typed, blanks (copied from a licence) dropped. */
export function normaliseCreditCode(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000]+/g, '').toUpperCase()
}

/** rule: a 统一社会信用代码 is 18 characters of the GB 32100 table ending in its check character. */
export function checkCreditCode(text: string): CreditCodeCheck {
  const value = normaliseCreditCode(text)
  if (value.length !== 18) return { ok: false, problem: 'length', value }
  if (![...value].every((c) => TABLE.includes(c))) return { ok: false, problem: 'characters', value }
  const expected = creditCodeCheckCharacter(value.slice(0, 17))
  if (value[17] !== expected) return { ok: false, problem: 'checkCharacter', value, expected }
  return { ok: true, value }
}
