import type { Kysely, Selectable } from 'kysely'
import type { Database, IndicatorTable } from '../../db/schema'
import type { Indicator, SchemeSummary } from '../../../shared/contract'
import { AppError } from '../../../shared/contract/app-error'
import { t } from '../../../shared/i18n'

export function toIndicator(r: Selectable<IndicatorTable>): Indicator {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    parentCode: r.parent_code,
    weight: r.weight,
    layer: r.layer as Indicator['layer'],
    scope: JSON.parse(r.scope) as string[],
    nature: r.nature as Indicator['nature'],
    mode: r.mode as Indicator['mode'],
    target: r.target,
    direction: r.direction as Indicator['direction'],
    cap: r.cap,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    description: r.description,
    sortOrder: r.sort_order,
  }
}

/** The newest version of a scheme by name. */
export async function findScheme(db: Kysely<Database>, name: string) {
  const row = await db.selectFrom('schemes').selectAll().where('name', '=', name).orderBy('version', 'desc').executeTakeFirst()
  if (!row) throw new AppError('not-found', t('scheme.notFound', { name }))
  return row
}

export async function loadIndicators(db: Kysely<Database>, schemeId: number): Promise<Indicator[]> {
  const rows = await db.selectFrom('indicators').selectAll().where('scheme_id', '=', schemeId).orderBy('sort_order').execute()
  return rows.map(toIndicator)
}

/** A scheme is frozen once a period that is past draft uses it; the period is named in errors. */
export async function frozenBy(db: Kysely<Database>, schemeId: number): Promise<string | null> {
  const p = await db
    .selectFrom('periods')
    .select('id')
    .where('scheme_id', '=', schemeId)
    .where('status', '<>', 'draft')
    .orderBy('id')
    .executeTakeFirst()
  return p ? p.id : null
}

export async function schemeSummaries(db: Kysely<Database>): Promise<SchemeSummary[]> {
  const rows = await db
    .selectFrom('schemes')
    .leftJoin('indicators', 'indicators.scheme_id', 'schemes.id')
    .select(({ fn }) => ['schemes.id', 'schemes.name', 'schemes.version', 'schemes.status', 'schemes.created_at', fn.count<number>('indicators.id').as('n')])
    .groupBy(['schemes.id', 'schemes.name', 'schemes.version', 'schemes.status', 'schemes.created_at'])
    .orderBy('schemes.name')
    .orderBy('schemes.version')
    .execute()
  const out: SchemeSummary[] = []
  for (const r of rows) {
    const by = await frozenBy(db, r.id)
    out.push({
      id: r.id,
      name: r.name,
      version: r.version,
      status: by ? 'frozen' : 'draft',
      indicatorCount: Number(r.n),
      createdAt: r.created_at,
      frozenBy: by,
    })
  }
  return out
}
