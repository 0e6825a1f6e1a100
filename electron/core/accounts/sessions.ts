import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { newToken, tokenHash } from './password-hash'
import { loadGrants, type Account } from './account-store'
import type { Grant } from '../../../shared/domain/method-access'

/** `restored`: the database was replaced by a backup, whose sessions all end (see core/backups/restore.ts) */
export type SessionEnd = 'logout' | 'disabled' | 'password-changed' | 'locked' | 'restored'

export async function openSession(db: Kysely<Database>, accountId: number, hours: number, now: Date): Promise<{ token: string; expiresAt: string }> {
  const { token, hash } = newToken()
  const expiresAt = new Date(now.getTime() + hours * 3_600_000).toISOString()
  await db.insertInto('sessions').values({ token_hash: hash, account_id: accountId, created_at: now.toISOString(), expires_at: expiresAt, ended_at: null, ended_reason: null }).execute()
  return { token, expiresAt }
}

export type ResolvedSession =
  | { ok: true; sessionId: number; account: Account; grants: Grant[]; expiresAt: string }
  | { ok: false; reason: 'none' | 'ended' | 'expired' | 'disabled' | 'password-changed' | 'locked' | 'restored' }

/** The account behind a token, looked up afresh on every call: a disabled account or an ended session stops at once. */
export async function resolveSession(db: Kysely<Database>, token: string | null | undefined, now: Date): Promise<ResolvedSession> {
  if (!token) return { ok: false, reason: 'none' }
  const row = await db
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
    .selectAll('accounts')
    .select(['sessions.id as session_id', 'sessions.expires_at', 'sessions.ended_at', 'sessions.ended_reason'])
    .where('sessions.token_hash', '=', tokenHash(token))
    .executeTakeFirst()
  if (!row) return { ok: false, reason: 'ended' }
  if (row.disabled === 1) return { ok: false, reason: 'disabled' }
  if (row.ended_at !== null) {
    // the holder is told why: a password changed elsewhere or a lockout reads differently from a logout
    const why = row.ended_reason === 'password-changed' || row.ended_reason === 'locked' || row.ended_reason === 'disabled' || row.ended_reason === 'restored' ? row.ended_reason : 'ended'
    return { ok: false, reason: why }
  }
  if (Date.parse(row.expires_at) <= now.getTime()) return { ok: false, reason: 'expired' }
  const { session_id, expires_at, ended_at, ended_reason, ...account } = row
  void ended_at
  void ended_reason
  return { ok: true, sessionId: session_id, account, grants: await loadGrants(db, account.id), expiresAt: expires_at }
}

export async function endSession(db: Kysely<Database>, sessionId: number, reason: SessionEnd, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ ended_at: now.toISOString(), ended_reason: reason }).where('id', '=', sessionId).where('ended_at', 'is', null).execute()
}

/** Ends every live session of an account (disabled, password reset); returns how many. */
export async function endAccountSessions(db: Kysely<Database>, accountId: number, reason: SessionEnd, now: Date, except?: number): Promise<number> {
  let q = db.updateTable('sessions').set({ ended_at: now.toISOString(), ended_reason: reason }).where('account_id', '=', accountId).where('ended_at', 'is', null)
  if (except !== undefined) q = q.where('id', '!=', except)
  const r = await q.executeTakeFirst()
  return Number(r.numUpdatedRows)
}
