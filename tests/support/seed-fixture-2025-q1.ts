import { openBackend, type Backend } from '../../electron/rpc/backend'
import type { Credential } from '../../electron/core/context'
import type { OpenedDatabase } from '../../electron/db/open-database'
import { readFixture2025Q1 } from './fixture-2025-q1'
import { signInAs } from './accounts'

/**
 * The 2025-Q1 sample written straight into a fresh database (no importers), so the results and
 * report handlers can be tested on their own. `alsoPeriods` adds empty periods on the same scheme.
 */
export async function seedFixture2025Q1(database: OpenedDatabase, alsoPeriods: string[] = []): Promise<void> {
  const { people, indicators, ratings } = await readFixture2025Q1()
  const db = database.db
  const now = new Date().toISOString()
  const depIds = new Map<string, number>()
  for (const name of new Set(people.map((p) => p.department))) {
    const r = await db.insertInto('departments').values({ name, path: name, parent_id: null }).returning('id').executeTakeFirstOrThrow()
    depIds.set(name, r.id)
  }
  const personIds = new Map<number, number>()
  for (const p of people) {
    const r = await db
      .insertInto('people')
      .values({
        staff_no: p.staffNo,
        name: p.name,
        department_id: depIds.get(p.department) as number,
        position_class: p.positionClass,
        rank_title: null,
        is_leader: 0,
        gender: null,
        birth: null,
        political: null,
        status: p.status,
        status_reason: p.statusReason ?? null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    personIds.set(p.personId, r.id)
  }
  const scheme = await db.insertInto('schemes').values({ name: '平时考核2025', version: 1, status: 'draft', created_at: now }).returning('id').executeTakeFirstOrThrow()
  const indicatorIds = new Map<string, number>()
  for (const i of indicators) {
    const r = await db
      .insertInto('indicators')
      .values({
        scheme_id: scheme.id,
        code: i.code,
        name: i.name,
        parent_code: i.parentCode,
        weight: i.weight,
        layer: i.layer,
        scope: JSON.stringify(i.scope),
        nature: i.nature,
        mode: i.mode,
        target: null,
        direction: i.direction,
        cap: null,
        valid_from: null,
        valid_to: null,
        description: i.description,
        sort_order: i.sortOrder,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    indicatorIds.set(i.code, r.id)
  }
  const quarterName: Record<string, string> = { Q1: '第一', Q2: '第二', Q3: '第三', Q4: '第四' }
  for (const id of ['2025-Q1', ...alsoPeriods]) {
    await db
      .insertInto('periods')
      .values({
        id,
        kind: 'quarter',
        year: 2025,
        name: `2025年${quarterName[id.slice(5)] ?? ''}季度平时考核`,
        scheme_id: scheme.id,
        status: 'open',
        start_date: '2025-01-01',
        end_date: '2025-03-31',
        created_at: now,
      })
      .execute()
  }
  for (const p of people) {
    await db
      .insertInto('period_people')
      .values({ period_id: '2025-Q1', person_id: personIds.get(p.personId) as number, status: p.status, status_reason: p.statusReason ?? null })
      .execute()
  }
  for (let i = 0; i < ratings.length; i += 300) {
    await db
      .insertInto('ratings')
      .values(
        ratings.slice(i, i + 300).map((r) => ({
          period_id: '2025-Q1',
          person_id: personIds.get(r.personId) as number,
          indicator_id: indicatorIds.get(r.indicatorCode) as number,
          role: r.role,
          rater: r.rater,
          score: r.score,
          batch_id: null,
          source_row: null,
        })),
      )
      .execute()
  }
}

export interface ComputedQuarter {
  backend: Backend
  /** the 考核工作人员's session */
  credential: Credential
  ok<T>(method: string, input: unknown): Promise<T>
}

/** A fresh backend on `dbPath` with the 2025-Q1 sample seeded and computed, and a call as the signed-in 考核工作人员 that throws on a refusal. */
export async function computedQuarter(dbPath: string): Promise<ComputedQuarter> {
  const backend = await openBackend(dbPath, { create: true })
  await seedFixture2025Q1(backend.database)
  const credential = await signInAs(backend.dispatcher, 'clerk')
  const ok = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await backend.dispatcher.call(credential, method, input)
    if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`)
    return r.result as T
  }
  await ok('results-compute', { period: '2025-Q1' })
  return { backend, credential, ok }
}
