import type { Kysely, Selectable } from 'kysely'
import type { Database, SchemeTable } from '../../db/schema'
import type { Scheme } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { AppError } from '../../../shared/contract/app-error'
import { findScheme, frozenBy, loadIndicators, schemeSummaries } from './scheme-queries'

export type SchemeRow = Selectable<SchemeTable>

/** One version of a scheme by name: the newest unless a version is named. */
export async function findSchemeVersion(db: Kysely<Database>, name: string, version?: number): Promise<SchemeRow> {
  if (version === undefined) return findScheme(db, name)
  const row = await db.selectFrom('schemes').selectAll().where('name', '=', name).where('version', '=', version).executeTakeFirst()
  if (row) return row
  await findScheme(db, name) // no version of that name at all: say so rather than "no version N"
  throw new AppError('not-found', t('scheme.versionNotFound', { name, version }))
}

/**
 * Every change to a scheme version passes here, whatever the transport: once a period past draft
 * uses the version, its numbers are on record and must not move under them.
 */
export async function assertEditable(db: Kysely<Database>, scheme: SchemeRow): Promise<void> {
  const periodId = await frozenBy(db, scheme.id)
  if (periodId === null) return
  const period = await db.selectFrom('periods').select('name').where('id', '=', periodId).executeTakeFirst()
  throw new AppError(
    'frozen',
    t('scheme.versionFrozen', { name: scheme.name, version: scheme.version, period: periodId, periodName: period?.name ?? periodId }),
  )
}

/** A version with its summary (status, who froze it) and its indicators in display order. */
export async function readScheme(db: Kysely<Database>, scheme: SchemeRow): Promise<Scheme> {
  const summary = (await schemeSummaries(db)).find((s) => s.id === scheme.id)
  if (!summary) throw new AppError('not-found', t('scheme.notFound', { name: scheme.name }))
  return { ...summary, indicators: await loadIndicators(db, scheme.id) }
}
