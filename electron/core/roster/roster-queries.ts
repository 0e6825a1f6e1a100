import type { Kysely } from 'kysely'
import type { Department, ParticipationStatus, Person } from '../../../shared/contract'
import type { Database } from '../../db/schema'
import { departmentsInReach, peopleInReach, type DepartmentReach } from '../scope/department-reach'

/** The roster within the reach, optionally searched by staff number, name or department. */
export async function listPeople(db: Kysely<Database>, reach: DepartmentReach, search?: string): Promise<Person[]> {
  let q = peopleInReach(
    db.selectFrom('people').innerJoin('departments', 'departments.id', 'people.department_id').selectAll('people').select('departments.path as department'),
    reach,
  )
  const s = search?.trim()
  if (s) {
    // % and _ typed in a search act as wildcards: harmless for a roster filter, and it keeps the query builder-only
    const like = `%${s}%`
    q = q.where((eb) =>
      eb.or([
        eb('people.staff_no', 'like', like),
        eb('people.name', 'like', like),
        eb('departments.path', 'like', like),
      ]),
    )
  }
  const rows = await q.orderBy('departments.path').orderBy('people.staff_no').execute()
  return rows.map((r) => ({
    id: r.id,
    staffNo: r.staff_no,
    name: r.name,
    department: r.department,
    positionClass: r.position_class,
    rankTitle: r.rank_title,
    isLeader: r.is_leader === 1,
    gender: r.gender,
    birth: r.birth,
    idNumber: r.id_number,
    phone: r.phone,
    political: r.political,
    status: r.status as ParticipationStatus,
    statusReason: r.status_reason,
  }))
}

/**
 * Departments with their headcount, people in sub-departments included. A limited reach lists its
 * own departments only, not their ancestors: the tree shows a department whose parent is not listed
 * at the top level under its own name (its path beside it), so the ancestors' names and headcounts —
 * the unit's shape beyond the account — are not needed to draw it.
 */
export async function listDepartments(db: Kysely<Database>, reach: DepartmentReach): Promise<Department[]> {
  const depts = await departmentsInReach(db.selectFrom('departments').selectAll(), 'departments.id', reach).orderBy('path').execute()
  const counts = await peopleInReach(
    db
      .selectFrom('people')
      .select(({ fn }) => ['people.department_id', fn.countAll<number>().as('n')])
      .groupBy('people.department_id'),
    reach,
  ).execute()
  const direct = new Map(counts.map((c) => [c.department_id, Number(c.n)]))
  const pathOf = new Map(depts.map((d) => [d.id, d.path]))
  const total = new Map<string, number>()
  for (const [id, n] of direct) {
    const path = pathOf.get(id)
    if (path === undefined) continue
    const parts = path.split('/')
    for (let i = 1; i <= parts.length; i++) {
      const p = parts.slice(0, i).join('/')
      total.set(p, (total.get(p) ?? 0) + n)
    }
  }
  return depts.map((d) => ({ id: d.id, name: d.name, path: d.path, parentId: d.parent_id, headcount: total.get(d.path) ?? 0 }))
}
