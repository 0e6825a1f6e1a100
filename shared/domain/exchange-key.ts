/**
 * The key two offices share to sign their exchange packages: a passphrase typed in 设置 or the text of
 * a key file. It is long enough that it cannot be guessed by trying, and it is compared as written,
 * apart from the spaces and line breaks an editor or `echo` leaves around it.
 */
export const EXCHANGE_KEY_MIN = 16
export const EXCHANGE_KEY_MAX = 1024

/** rule: a key is read without the whitespace around it (a key file ends with a line break). */
export function normaliseExchangeKey(raw: string): string {
  return raw.trim()
}

/** rule: a shared key has at least 16 characters and at most 1024, and not one character repeated. */
export function exchangeKeyProblem(raw: string): 'short' | 'long' | 'repeated' | null {
  const key = normaliseExchangeKey(raw)
  const n = [...key].length
  if (n < EXCHANGE_KEY_MIN) return 'short'
  if (n > EXCHANGE_KEY_MAX) return 'long'
  if (new Set(key).size === 1) return 'repeated'
  return null
}
