import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { ComputePeriodInput } from '../../../shared/domain/compute-period'
import type { AnnualPenalty, ComputeAnnualInput, QuarterResult } from '../../../shared/domain/compute-annual'
import { departmentGrades, type DepartmentGrade } from '../../../shared/domain/settings'
import { penaltyTypes, type PenaltyType } from '../../../shared/domain/penalties'

/**
 * What an annual period draws on beside its own assessment: the year's quarterly results as stored
 * (only quarters that were computed), every penalty and negative-list entry of its people, and the
 * departments in the tree's order with their own grade of the year.
 */
export async function loadAnnualInput(db: Kysely<Database>, year: number, assessment: ComputePeriodInput): Promise<ComputeAnnualInput> {
  const personIds = assessment.people.map((p) => p.personId)
  return {
    year,
    assessment,
    quarters: await loadQuarterResults(db, year),
    ...(await loadPenalties(db, personIds)),
    departments: await loadDepartmentGrades(db, year),
  }
}

async function loadQuarterResults(db: Kysely<Database>, year: number): Promise<QuarterResult[]> {
  const rows = await db
    .selectFrom('results')
    .innerJoin('periods', 'periods.id', 'results.period_id')
    .innerJoin('computations', 'computations.period_id', 'periods.id')
    .select(['results.period_id', 'results.person_id', 'results.total_rounded', 'results.grade'])
    .where('periods.year', '=', year)
    .where('periods.kind', '=', 'quarter')
    .orderBy('periods.start_date')
    .orderBy('periods.id')
    .execute()
  return rows.map((r) => ({ period: r.period_id, personId: r.person_id, total: r.total_rounded, grade: r.grade }))
}

async function loadPenalties(db: Kysely<Database>, personIds: readonly number[]): Promise<Pick<ComputeAnnualInput, 'penalties' | 'negativeList'>> {
  if (!personIds.length) return { penalties: [], negativeList: [] }
  const rows = await db
    .selectFrom('penalties')
    .select(['person_id', 'type', 'kind', 'decided_on', 'term_months'])
    .where('person_id', 'in', [...personIds])
    .orderBy('decided_on')
    .orderBy('id')
    .execute()
  const isPenaltyType = (t: string): t is PenaltyType => (penaltyTypes as readonly string[]).includes(t)
  const penalties: AnnualPenalty[] = []
  const negativeList: { personId: number; decidedOn: string }[] = []
  for (const r of rows) {
    if (r.kind === 'negative') negativeList.push({ personId: r.person_id, decidedOn: r.decided_on })
    else if (isPenaltyType(r.type)) penalties.push({ personId: r.person_id, type: r.type, decidedOn: r.decided_on, termMonths: r.term_months })
  }
  return { penalties, negativeList }
}

/** Every department in the organisation tree's order (by path, as org-list shows it) with its grade of the year or null. */
export async function loadDepartmentGrades(db: Kysely<Database>, year: number): Promise<{ id: number; name: string; path: string; grade: DepartmentGrade | null }[]> {
  const rows = await db
    .selectFrom('departments')
    .leftJoin('department_grades', (j) => j.onRef('department_grades.department_id', '=', 'departments.id').on('department_grades.year', '=', year))
    .select(['departments.id', 'departments.name', 'departments.path', 'department_grades.grade'])
    .orderBy('departments.path')
    .execute()
  const isGrade = (g: string | null): g is DepartmentGrade => g !== null && (departmentGrades as readonly string[]).includes(g)
  return rows.map((r) => ({ id: r.id, name: r.name, path: r.path, grade: isGrade(r.grade) ? r.grade : null }))
}
