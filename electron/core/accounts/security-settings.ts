import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { SecuritySettings } from '../../../shared/contract/accounts'
import { defaultPasswordPolicy } from '../../../shared/domain/password-policy'
import { defaultLockoutPolicy } from '../../../shared/domain/login-lockout'

const KEY = 'security'

export const defaultSecuritySettings: SecuritySettings = {
  password: defaultPasswordPolicy,
  lockout: defaultLockoutPolicy,
  idleLockMinutes: 15,
  sessionHours: 8,
}

export async function loadSecuritySettings(db: Kysely<Database>): Promise<SecuritySettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst()
  if (!row) return structuredClone(defaultSecuritySettings)
  return { ...structuredClone(defaultSecuritySettings), ...(JSON.parse(row.value) as Partial<SecuritySettings>) }
}

export async function saveSecuritySettings(db: Kysely<Database>, settings: SecuritySettings): Promise<void> {
  const value = JSON.stringify(settings)
  const existing = await db.selectFrom('settings').select('key').where('key', '=', KEY).executeTakeFirst()
  if (existing) await db.updateTable('settings').set({ value }).where('key', '=', KEY).execute()
  else await db.insertInto('settings').values({ key: KEY, value }).execute()
}
