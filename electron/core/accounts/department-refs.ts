import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { AppError } from '../../../shared/contract/app-error'
import { t } from '../../../shared/i18n'

/** Departments named by path (城管局/执法一队) or by a name no other department has, as ids. */
export async function departmentIds(db: Kysely<Database>, refs: readonly string[]): Promise<number[]> {
  const all = await db.selectFrom('departments').select(['id', 'name', 'path']).execute()
  const ids: number[] = []
  for (const ref of refs) {
    const byPath = all.find((d) => d.path === ref)
    const byName = all.filter((d) => d.name === ref)
    if (byPath) ids.push(byPath.id)
    else if (byName.length === 1) ids.push(byName[0].id)
    else if (byName.length > 1) throw new AppError('invalid-input', t('auth.grant.departmentAmbiguous', { name: ref, paths: byName.map((d) => d.path).join('、') }))
    else throw new AppError('not-found', t('auth.grant.departmentUnknown', { name: ref }))
  }
  return [...new Set(ids)].sort((a, b) => a - b)
}
