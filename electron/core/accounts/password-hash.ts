import crypto from 'node:crypto'

/** How a password was hashed, stored with it so the cost can be raised without invalidating old hashes. */
export interface HashParams {
  algorithm: 'scrypt'
  N: number
  r: number
  p: number
  keyLength: number
}

// N = 2^15, r = 8: 32 MiB and about a tenth of a second per login on an office PC
export const currentParams: HashParams = { algorithm: 'scrypt', N: 32768, r: 8, p: 1, keyLength: 32 }

export interface StoredPassword {
  hash: string
  salt: string
  params: HashParams
}

function derive(password: string, salt: Buffer, params: HashParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const maxmem = 128 * params.N * params.r * 2 + 1024 * 1024
    crypto.scrypt(password.normalize('NFC'), salt, params.keyLength, { N: params.N, r: params.r, p: params.p, maxmem }, (err, key) =>
      err ? reject(err) : resolve(key),
    )
  })
}

export async function hashPassword(password: string, params: HashParams = currentParams): Promise<StoredPassword> {
  const salt = crypto.randomBytes(16)
  const key = await derive(password, salt, params)
  return { hash: key.toString('base64'), salt: salt.toString('base64'), params }
}

export async function verifyPassword(password: string, stored: StoredPassword): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64')
  const key = await derive(password, Buffer.from(stored.salt, 'base64'), stored.params)
  return key.length === expected.length && crypto.timingSafeEqual(key, expected)
}

/** A session token (shown once to its holder) and the hash the database keeps instead. */
export function newToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(32).toString('base64url')
  return { token, hash: tokenHash(token) }
}

export function tokenHash(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex')
}
