import { sql, type Expression, type Kysely, type SqlBool } from 'kysely'
import type { Database } from '../../db/schema'
import type { HandlerContext } from '../context'
import { withinScopedDepartments } from '../../../shared/domain/department-scope'

/**
 * How far one call reaches into people's records: the whole unit, or the departments an account is
 * limited to with everything under them. The one place the caller's scope (department ids as
 * granted) becomes the departments and people a handler may read; the `filtered` methods' handlers
 * take a reach and keep their queries to it, so nothing outside is even read.
 */
export interface DepartmentReach {
  /** every department reached, sub-departments included; null: the whole unit */
  readonly ids: readonly number[] | null
  /** the granted departments' paths, as the scope is named to the user (范围：办公室); null: the whole unit */
  readonly paths: readonly string[] | null
}

/** What a whole-unit method (or an unlimited account) reaches. */
export const wholeUnit: DepartmentReach = { ids: null, paths: null }

/** Department ids as granted → the departments they name and every department under them. */
export async function departmentReach(db: Kysely<Database>, scope: readonly number[] | null): Promise<DepartmentReach> {
  if (scope === null) return wholeUnit
  const all = await db.selectFrom('departments').select(['id', 'path']).orderBy('path').execute()
  const granted = new Set(scope)
  const paths = all.filter((d) => granted.has(d.id)).map((d) => d.path)
  return { ids: all.filter((d) => withinScopedDepartments(d.path, paths)).map((d) => d.id), paths }
}

/** The reach of the call being handled, from the scope the dispatch decided for its caller. */
export function callerReach(ctx: Pick<HandlerContext, 'db' | 'caller'>): Promise<DepartmentReach> {
  return departmentReach(ctx.db, ctx.caller.scope)
}

export function isWholeUnit(reach: DepartmentReach): boolean {
  return reach.ids === null
}

/** Whether a department, by path, is reached (for what is built in memory, like the uses lists). */
export function reachesDepartment(reach: DepartmentReach, path: string): boolean {
  return withinScopedDepartments(path, reach.paths)
}

/** The scope in words for titles, notes and messages (办公室、业务科); null for the whole unit. */
export function scopeWords(reach: DepartmentReach, separator = '、'): string | null {
  return reach.paths === null ? null : reach.paths.join(separator)
}

/** Any select query: what the filters below need of one. */
interface Filterable<Q> {
  where(expression: Expression<SqlBool>): Q
}

/** A query with `people` joined, kept to the people of the reached departments. */
export function peopleInReach<Q extends Filterable<Q>>(q: Q, reach: DepartmentReach): Q {
  if (reach.ids === null) return q
  if (reach.ids.length === 0) return q.where(sql<SqlBool>`0`)
  return q.where(sql<SqlBool>`${sql.ref('people.department_id')} in (${sql.join(reach.ids)})`)
}

/**
 * Rows that belong to no one, beside the people's (a department's satisfaction counts, a rater's
 * ratings excluded for everyone): `keep` them, keep those of a reached department, or `drop` them.
 */
export type Unowned = 'drop' | 'keep' | { departmentColumn: string }

/**
 * A query over rows that belong to people (a `person_id` column: stages, ratings, ballots), kept to
 * the rows of the reached people, without joining people into it.
 */
export function personRowsInReach<Q extends Filterable<Q>>(q: Q, personColumn: string, reach: DepartmentReach, unowned: Unowned = 'drop'): Q {
  if (reach.ids === null) return q
  const ids = reach.ids.length === 0 ? sql`null` : sql.join(reach.ids)
  const owned = sql<SqlBool>`${sql.ref(personColumn)} in (select id from people where department_id in (${ids}))`
  if (unowned === 'drop') return q.where(owned)
  const none = sql<SqlBool>`${sql.ref(personColumn)} is null`
  if (unowned === 'keep') return q.where(sql<SqlBool>`(${owned} or ${none})`)
  return q.where(sql<SqlBool>`(${owned} or (${none} and ${sql.ref(unowned.departmentColumn)} in (${ids})))`)
}

/** A query over departments, kept to the reached ones. */
export function departmentsInReach<Q extends Filterable<Q>>(q: Q, idColumn: string, reach: DepartmentReach): Q {
  if (reach.ids === null) return q
  if (reach.ids.length === 0) return q.where(sql<SqlBool>`0`)
  return q.where(sql<SqlBool>`${sql.ref(idColumn)} in (${sql.join(reach.ids)})`)
}
