import type { Kysely, Selectable } from 'kysely'
import type { Database, PeriodTable, StageTable } from '../../db/schema'
import { isMessageKey, t } from '../../../shared/i18n'
import { AppError } from '../../../shared/contract/app-error'
import { periodPeopleQuery, toPeriodPerson } from '../results/period-people'
import { requiredStages, stageDone, stageKeys, type LifecyclePerson, type StageKey } from '../../../shared/domain/period-lifecycle'
import { personRowsInReach, type DepartmentReach } from '../scope/department-reach'

export async function findPeriodRow(db: Kysely<Database>, id: string): Promise<Selectable<PeriodTable>> {
  const period = await db.selectFrom('periods').selectAll().where('id', '=', id).executeTakeFirst()
  if (!period) throw new AppError('not-found', t('period.notFound', { id }))
  return period
}

export function statusWord(status: string): string {
  const key = `period.status.${status}`
  return isMessageKey(key) ? t(key) : status
}

export function stageName(stage: StageKey): string {
  return t(`stages.name.${stage}`)
}

export interface StagedPerson extends LifecyclePerson {
  personId: number
  departmentPath: string
  positionClass: string | null
  stages: Map<StageKey, Selectable<StageTable>>
  peerRatings: number
  /** the 述职 attachment's name and size, without its bytes */
  attachment: { fileName: string; size: number } | null
}

/**
 * Everyone listed in the period within `reach` (不参加 included, so they can be brought back), with
 * their stages; `department` narrows it further.
 */
export async function loadStagedPeople(db: Kysely<Database>, periodId: string, reach: DepartmentReach, department?: string): Promise<StagedPerson[]> {
  let q = periodPeopleQuery(db, periodId, reach)
  // a department filter covers its sections: 城管局 lists 城管局/执法一队 too
  if (department) q = q.where((eb) => eb.or([eb('departments.name', '=', department), eb('departments.path', '=', department), eb('departments.path', 'like', `${department}/%`)]))
  const rows = await q.orderBy('departments.path').orderBy('people.staff_no').execute()

  const stageRows = await personRowsInReach(db.selectFrom('stages').selectAll().where('stages.period_id', '=', periodId), 'stages.person_id', reach).execute()
  const byPerson = new Map<number, Map<StageKey, Selectable<StageTable>>>()
  for (const s of stageRows) {
    if (!(stageKeys as readonly string[]).includes(s.stage)) continue
    const m = byPerson.get(s.person_id) ?? new Map<StageKey, Selectable<StageTable>>()
    m.set(s.stage as StageKey, s)
    byPerson.set(s.person_id, m)
  }
  const peer = await personRowsInReach(
    db
      .selectFrom('ratings')
      .select(['ratings.person_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('ratings.period_id', '=', periodId)
      .where('ratings.role', '=', '互评')
      .groupBy('ratings.person_id'),
    'ratings.person_id',
    reach,
  ).execute()
  const peerCount = new Map(peer.map((p) => [p.person_id, Number(p.n)]))
  const attached = await personRowsInReach(
    db.selectFrom('stage_attachments').select(['stage_attachments.person_id', 'stage_attachments.file_name', 'stage_attachments.size']).where('stage_attachments.period_id', '=', periodId),
    'stage_attachments.person_id',
    reach,
  ).execute()
  const attachmentOf = new Map(attached.map((a) => [a.person_id, { fileName: a.file_name, size: a.size }]))

  return rows.map((r) => {
    const stages = byPerson.get(r.id) ?? new Map<StageKey, Selectable<StageTable>>()
    const peerRatings = peerCount.get(r.id) ?? 0
    return {
      ...toPeriodPerson(r),
      done: stageKeys.filter((k) => stageDone(k, stages.has(k), peerRatings)),
      stages,
      peerRatings,
      attachment: attachmentOf.get(r.id) ?? null,
    }
  })
}

/** The required stages a person lacks, by name. */
export function missingNames(p: LifecyclePerson): string[] {
  return requiredStages(p)
    .filter((s) => !p.done.includes(s))
    .map(stageName)
}

/**
 * When the period's rating inputs last changed: imports of any kind into the period, entry-grid
 * saves, participation changes and flag decisions. Results computed before then are stale.
 */
export async function lastInputChange(db: Kysely<Database>, periodId: string): Promise<string | null> {
  const batch = await db
    .selectFrom('import_batches')
    .select((eb) => eb.fn.max('created_at').as('at'))
    .where('period_id', '=', periodId)
    .executeTakeFirst()
  const entry = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('at').as('at'))
    .where((eb) =>
      eb.or([
        eb.and([eb('entity', '=', ENTRY_AUDIT_ENTITY), eb('entity_id', '=', periodId)]),
        eb.and([eb('entity', '=', PERSON_AUDIT_ENTITY), eb('entity_id', 'like', `${periodId}/%`)]),
      ]),
    )
    .executeTakeFirst()
  const flag = await db
    .selectFrom('flags')
    .select((eb) => eb.fn.max('decided_at').as('at'))
    .where('period_id', '=', periodId)
    .executeTakeFirst()
  const times = [batch?.at, entry?.at, flag?.at].filter((x): x is string => typeof x === 'string')
  return times.length ? times.reduce((a, b) => (a > b ? a : b)) : null
}

/** the audit entity of an entry-grid save; its id is the period */
export const ENTRY_AUDIT_ENTITY = 'ratings-entry'
/** the audit entity of a participation change; its id is `period/staffNo` */
export const PERSON_AUDIT_ENTITY = 'period_person'
