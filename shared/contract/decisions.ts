import { z } from 'zod'
import { method } from './define'
import { access } from './access'
import type { ResultRow } from './results'
import { departmentGrades, type DepartmentGrade } from '../domain/settings'

/** Grades a committee may decide: the quarterly four, the annual four, and 不定等次. */
export const decidableGrades = ['好', '较好', '一般', '较差', '优秀', '称职', '基本称职', '不称职', '不定等次'] as const
export type DecidableGrade = (typeof decidableGrades)[number]

export interface GradeOverride {
  period: string
  staffNo: string
  name: string
  department: string
  proposedGrade: string
  grade: string
  reason: string
  decidedBy: string
  decidedAt: string
}

export interface Exemption {
  id: number
  period: string
  staffNo: string
  name: string
  department: string
  indicatorCode: string
  indicatorName: string
  evaluation: string
  reason: string
  decidedBy: string
  decidedAt: string
  appealId: number | null
}

export interface DepartmentGradeEntry {
  department: string
  /** the department's path in the org tree, which identifies it */
  path: string
  grade: DepartmentGrade | null
}

const periodRef = z.string().min(1).max(50)
const staffNo = z.string().min(1).max(50)
/** a reason is what the audit and the person affected will read: a few words at least */
const reason = z.string().trim().min(2).max(1000)

export const decisionsMethods = {
  /** the committee's grade in place of the proposal (period in review, results computed); audited */
  'overrides-add': method<ResultRow>()(z.object({ period: periodRef, staffNo, grade: z.enum(decidableGrades), reason }), { mutates: true, access: access.work }),
  /** back to the proposed grade */
  'overrides-remove': method<ResultRow>()(z.object({ period: periodRef, staffNo, reason }), { mutates: true, access: access.work }),
  'overrides-list': method<GradeOverride[]>()(z.object({ period: periodRef }), { mutates: false, access: access.readUnit }),
  /**
   * 容错免责: the indicator's result no longer counts for the person (the rest rescaled); the
   * period's results are recomputed when they exist. Refused after approval (an appeal corrects then).
   */
  'exemptions-add': method<Exemption>()(
    z.object({ period: periodRef, staffNo, indicator: z.string().min(1).max(50), evaluation: reason, reason }),
    { mutates: true, long: true, access: access.work },
  ),
  'exemptions-remove': method<Exemption>()(z.object({ id: z.number().int().positive(), reason }), { mutates: true, long: true, access: access.work }),
  'exemptions-list': method<Exemption[]>()(z.object({ period: periodRef }), { mutates: false, access: access.readUnit }),
  /** the departments' own performance grades of a year, for a 优秀 quota weighted by them */
  'department-grades-list': method<DepartmentGradeEntry[]>()(z.object({ year: z.number().int().min(1949).max(2200) }), { mutates: false, access: access.readUnit }),
  'department-grades-set': method<DepartmentGradeEntry[]>()(
    z.object({
      year: z.number().int().min(1949).max(2200),
      grades: z.array(z.object({ path: z.string().min(1).max(500), grade: z.enum(departmentGrades).nullable() })).max(5000),
    }),
    { mutates: true, access: access.work },
  ),
}
