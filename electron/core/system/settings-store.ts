import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { defaultSettings, type RuleSettings } from '../../../shared/domain/settings'

const KEY = 'rules'

/** The unit's rule settings; the defaults of the domain brief until the office changes them. */
export async function loadSettings(db: Kysely<Database>): Promise<RuleSettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst()
  if (!row) return structuredClone(defaultSettings)
  const stored = JSON.parse(row.value) as Partial<RuleSettings>
  return { ...structuredClone(defaultSettings), ...stored }
}

export async function saveSettings(db: Kysely<Database>, settings: RuleSettings): Promise<void> {
  const value = JSON.stringify(settings)
  const existing = await db.selectFrom('settings').select('key').where('key', '=', KEY).executeTakeFirst()
  if (existing) await db.updateTable('settings').set({ value }).where('key', '=', KEY).execute()
  else await db.insertInto('settings').values({ key: KEY, value }).execute()
}
