import type { Kysely } from 'kysely'
import type { HandlerMap } from '../context'
import type { Database } from '../../db/schema'
import type { UnitInfo } from '../../../shared/contract'
import { storedUnitName, UNIT_NAME_KEY } from '../report/report-queries'

const PARENT_KEY = 'unit.parent'
const CREDIT_CODE_KEY = 'unit.creditCode'

async function storedText(db: Kysely<Database>, key: string): Promise<string> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst()
  if (!row) return ''
  // stored as JSON; a hand-edited plain string is taken as is
  try {
    const parsed: unknown = JSON.parse(row.value)
    return typeof parsed === 'string' ? parsed : row.value
  } catch {
    return row.value
  }
}

async function storeText(db: Kysely<Database>, key: string, text: string): Promise<void> {
  const value = JSON.stringify(text)
  await db.insertInto('settings').values({ key, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute()
}

export async function loadUnitInfo(db: Kysely<Database>): Promise<UnitInfo> {
  return { name: await storedUnitName(db), parent: await storedText(db, PARENT_KEY), creditCode: await storedText(db, CREDIT_CODE_KEY) }
}

export const unitHandlers: HandlerMap<'unit-get' | 'unit-set'> = {
  async 'unit-get'(_input, ctx) {
    return loadUnitInfo(ctx.db)
  },
  async 'unit-set'(input, ctx) {
    const before = await loadUnitInfo(ctx.db)
    await storeText(ctx.db, UNIT_NAME_KEY, input.name)
    await storeText(ctx.db, PARENT_KEY, input.parent)
    await storeText(ctx.db, CREDIT_CODE_KEY, input.creditCode)
    const after = await loadUnitInfo(ctx.db)
    ctx.audit({ entity: 'settings', entityId: 'unit', before, after })
    return after
  },
}
