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
