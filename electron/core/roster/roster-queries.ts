import type { Kysely } from 'kysely'
import type { Department, ParticipationStatus, Person } from '../../../shared/contract'
import type { Database } from '../../db/schema'

export async function listPeople(db: Kysely<Database>, search?: string): Promise<Person[]> {
  let q = db
    .selectFrom('people')
    .innerJoin('departments', 'departments.id', 'people.department_id')
    .selectAll('people')
    .select('departments.path as department')
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

/** Departments with their headcount, people in sub-departments included. */
export async function listDepartments(db: Kysely<Database>): Promise<Department[]> {
  const depts = await db.selectFrom('departments').selectAll().orderBy('path').execute()
  const counts = await db
    .selectFrom('people')
    .select(({ fn }) => ['department_id', fn.countAll<number>().as('n')])
    .groupBy('department_id')
    .execute()
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
