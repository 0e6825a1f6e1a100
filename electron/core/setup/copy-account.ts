import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Caller } from '../context'

/**
 * Puts the caller's account — name, password hash, roles — and the session they are using into
 * the (empty) demo database, so they go on working there without signing in again, and sign in with
 * their own password if they sign out. No other account is copied: the demo holds one person's login.
 */
export async function copyCallerAccount(from: Kysely<Database>, to: Kysely<Database>, caller: Caller): Promise<void> {
  if (caller.accountId === null || caller.sessionId === null) throw new Error('demo needs a signed-in caller')
  const account = await from.selectFrom('accounts').selectAll().where('id', '=', caller.accountId).executeTakeFirstOrThrow()
  const roles = await from.selectFrom('account_roles').selectAll().where('account_id', '=', caller.accountId).execute()
  const session = await from.selectFrom('sessions').selectAll().where('id', '=', caller.sessionId).executeTakeFirstOrThrow()
  await to.transaction().execute(async (trx) => {
    await trx.insertInto('accounts').values({ ...account, failures: 0, locked_until: null }).execute()
    // department scopes name departments of the real roster, which the demo does not have: the demo's roles reach the whole sample unit
    if (roles.length > 0) await trx.insertInto('account_roles').values(roles.map((r) => ({ ...r, departments: null }))).execute()
    await trx.insertInto('sessions').values(session).execute()
  })
}
