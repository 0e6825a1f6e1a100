import type { HandlerMap } from '../context'
import type { DepartmentGradeEntry } from '../../../shared/contract/decisions'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { AppError } from '../../../shared/contract/app-error'
import { t } from '../../../shared/i18n'
import { loadDepartmentGrades } from './annual-input'

async function listEntries(db: Kysely<Database>, year: number): Promise<DepartmentGradeEntry[]> {
  return (await loadDepartmentGrades(db, year)).map((d) => ({ department: d.name, path: d.path, grade: d.grade }))
}

/**
 * The departments' own performance grades of a year (优秀 / 良好 / 达标 / 诫勉), which weight each
 * department's share of the 优秀 places when the unit's settings say so. A department is named by
 * its path, which is unique where names may repeat (two 综合科 under different bureaus).
 */
export const departmentGradesHandlers: HandlerMap<'department-grades-list' | 'department-grades-set'> = {
  async 'department-grades-list'(input, ctx) {
    return listEntries(ctx.db, input.year)
  },

  /** All or nothing: an unknown path refuses the whole set; null clears a grade; each change is audited. */
  async 'department-grades-set'(input, ctx) {
    const current = await loadDepartmentGrades(ctx.db, input.year)
    const byPath = new Map(current.map((d) => [d.path, d]))
    const wanted = new Map<string, (typeof input.grades)[number]['grade']>()
    for (const g of input.grades) {
      const path = g.path.normalize('NFKC').trim()
      if (!byPath.has(path)) throw new AppError('invalid-input', t('annual.error.unknownDepartment', { path: g.path }))
      wanted.set(path, g.grade)
    }
    for (const [path, grade] of wanted) {
      const dept = byPath.get(path)!
      if (dept.grade === grade) continue
      if (grade === null) {
        await ctx.db.deleteFrom('department_grades').where('year', '=', input.year).where('department_id', '=', dept.id).execute()
      } else {
        await ctx.db
          .insertInto('department_grades')
          .values({ year: input.year, department_id: dept.id, grade })
          .onConflict((oc) => oc.columns(['year', 'department_id']).doUpdateSet({ grade }))
          .execute()
      }
      ctx.audit({ entity: 'department-grade', entityId: `${input.year}/${path}`, before: { grade: dept.grade }, after: { grade } })
    }
    return listEntries(ctx.db, input.year)
  },
}
