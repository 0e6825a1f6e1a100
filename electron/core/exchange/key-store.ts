import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { ExchangeKeyInfo } from '../../../shared/contract'
import { AppError } from '../../../shared/contract/app-error'
import { exchangeKeyProblem, normaliseExchangeKey } from '../../../shared/domain/exchange-key'
import { t } from '../../../shared/i18n'
import type { HandlerContext } from '../context'
import { keyFingerprint } from './manifest'

const KEY = 'exchange.key'

interface StoredKey {
  key: string
  setBy: string
  setAt: string
}

/**
 * The shared key lives in the unit's settings, in the database the office already guards: the HMAC
 * needs the key itself, so a hash of it would not do. No method hands it back — 设置 shows its
 * fingerprint and who set it — and its audit entries carry fingerprints only.
 */
async function loadKey(db: Kysely<Database>): Promise<StoredKey | null> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst()
  return row ? (JSON.parse(row.value) as StoredKey) : null
}

export async function keyInfo(db: Kysely<Database>): Promise<ExchangeKeyInfo> {
  const stored = await loadKey(db)
  return stored ? { set: true, fingerprint: keyFingerprint(stored.key), setBy: stored.setBy, setAt: stored.setAt } : { set: false, fingerprint: null, setBy: null, setAt: null }
}

/** A key as given, checked: refused in the clerk's words when too short, too long or one character repeated. */
export function checkedKey(raw: string): string {
  const problem = exchangeKeyProblem(raw)
  if (problem) throw new AppError('invalid-input', t(`exchange.key.${problem}`))
  return normaliseExchangeKey(raw)
}

export async function setKey(ctx: HandlerContext, raw: string): Promise<ExchangeKeyInfo> {
  const key = checkedKey(raw)
  const before = await keyInfo(ctx.db)
  const value = JSON.stringify({ key, setBy: ctx.caller.name, setAt: new Date().toISOString() } satisfies StoredKey)
  await ctx.db.insertInto('settings').values({ key: KEY, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute()
  const after = await keyInfo(ctx.db)
  ctx.audit({ entity: 'settings', entityId: KEY, before: before.set ? { fingerprint: before.fingerprint } : null, after: { fingerprint: after.fingerprint } })
  return after
}

/** The key a call signs or checks with: the one it brings (a key file), else the one stored in 设置. */
export async function keyFor(db: Kysely<Database>, given: string | undefined): Promise<string> {
  if (given !== undefined) return checkedKey(given)
  const stored = await loadKey(db)
  if (!stored) throw new AppError('conflict', t('exchange.key.none'))
  return stored.key
}
