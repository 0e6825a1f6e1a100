import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { AppError } from '../../../shared/contract/app-error'
import { t } from '../../../shared/i18n'
import type { ReportPeriod } from '../../excel/write/report-input'
import { loadComputation } from '../results/store-results'

export async function loadReportPeriod(
  db: Kysely<Database>,
  id: string,
): Promise<{ period: ReportPeriod; scheme: { name: string; version: number } }> {
  const row = await db
    .selectFrom('periods')
    .innerJoin('schemes', 'schemes.id', 'periods.scheme_id')
    .select([
      'periods.id',
      'periods.kind',
      'periods.year',
      'periods.name',
      'periods.start_date',
      'periods.end_date',
      'schemes.name as scheme_name',
      'schemes.version as scheme_version',
    ])
    .where('periods.id', '=', id)
    .executeTakeFirst()
  if (!row) throw new AppError('not-found', t('report.error.periodNotFound', { period: id }))
  return {
    period: { id: row.id, kind: row.kind, year: row.year, name: row.name, startDate: row.start_date, endDate: row.end_date },
    scheme: { name: row.scheme_name, version: row.scheme_version },
  }
}

/** A period to export results of: one never computed is refused, saying to compute it first. */
export async function loadComputedPeriod(db: Kysely<Database>, id: string): ReturnType<typeof loadReportPeriod> {
  const found = await loadReportPeriod(db, id)
  if (!(await loadComputation(db, found.period.id))) {
    throw new AppError('conflict', t('report.error.notComputed', { period: found.period.id }))
  }
  return found
}

export const UNIT_NAME_KEY = 'unit.name'

/** The unit's name as set by the office; "本单位" until it is. */
export async function loadUnitName(db: Kysely<Database>): Promise<string> {
  const name = await storedUnitName(db)
  return name === '' ? t('report.unit.default') : name
}

/** The unit's name as set, '' until it is (what another office is told: "本单位" would name the reader's own). */
export async function storedUnitName(db: Kysely<Database>): Promise<string> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', UNIT_NAME_KEY).executeTakeFirst()
  return row ? settingText(row.value).trim() : ''
}

/** Settings are stored as JSON by the settings store; a hand-edited plain string is taken as is. */
function settingText(value: string): string {
  try {
    const parsed: unknown = JSON.parse(value)
    return typeof parsed === 'string' ? parsed : value
  } catch {
    return value
  }
}

/** Department names in the order the roster created them, which is the office's own order. */
export async function loadDepartmentOrder(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('departments').select('name').orderBy('id').execute()
  return rows.map((r) => r.name)
}

/** 上级单位 as set by the office, '' until it is (a 说明 sheet then leaves the row out). */
export async function loadUnitParent(db: Kysely<Database>): Promise<string> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', 'unit.parent').executeTakeFirst()
  return row ? settingText(row.value).trim() : ''
}
