import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { SessionInfo } from '../../../shared/contract/accounts'
import type { Grant } from '../../../shared/domain/method-access'
import { describeGrants, type Account } from './account-store'
import { loadSecuritySettings } from './security-settings'

export async function sessionInfo(db: Kysely<Database>, account: Account, grants: Grant[], expiresAt: string): Promise<SessionInfo> {
  const settings = await loadSecuritySettings(db)
  return {
    name: account.name,
    grants: await describeGrants(db, grants),
    mustChangePassword: account.must_change === 1,
    expiresAt,
    idleLockMinutes: settings.idleLockMinutes,
  }
}

/** A moment as the user reads it in messages: local date and time to the minute. */
export function localMinute(iso: string): string {
  const d = new Date(iso)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`
}
