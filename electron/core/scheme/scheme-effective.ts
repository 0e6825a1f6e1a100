import type { Kysely } from 'kysely'
import type { HandlerMap } from '../context'
import type { Database } from '../../db/schema'
import type { EffectiveScheme, ParsedInput } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { effectiveScheme } from '../../../shared/domain/effective-scheme'
import type { PersonScope } from '../../../shared/domain/scheme-tree'
import { AppError } from '../../../shared/contract/app-error'
import { loadIndicators } from './scheme-queries'
import { findSchemeVersion } from './scheme-version'

type Target = ParsedInput<'scheme-effective'>['target']

/** Today on the office's own calendar (not UTC: in China midnight UTC is 8 in the morning). */
export function localToday(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

export function checkDate(date: string): string {
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(date) && new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date
  if (!ok) throw new AppError('invalid-input', t('scheme.badDate', { date }))
  return date
}

/** Who the target is, as the applicability rule sees them, and in words for the heading. */
export async function resolveTarget(db: Kysely<Database>, target: Target): Promise<{ scope: PersonScope; words: string }> {
  if ('staffNo' in target) {
    const p = await db
      .selectFrom('people')
      .innerJoin('departments', 'departments.id', 'people.department_id')
      .select(['people.staff_no', 'people.name', 'people.position_class', 'departments.name as department', 'departments.path'])
      .where('people.staff_no', '=', target.staffNo.trim())
      .executeTakeFirst()
    if (!p) throw new AppError('not-found', t('scheme.target.personNotFound', { staffNo: target.staffNo }))
    const words = t('scheme.target.person', {
      staffNo: p.staff_no,
      name: p.name,
      positionClass: p.position_class ?? t('scheme.target.noClass'),
      department: p.path,
    })
    return { scope: { positionClass: p.position_class, department: p.department, departmentPath: p.path }, words }
  }
  const positionClass = target.positionClass?.trim() || null
  const asked = target.department?.trim() || null
  let department = asked ?? ''
  let departmentPath: string | null = null
  if (asked) {
    // a path names one department; a bare name may too, and then its path lets ancestor scopes match
    const d =
      (await db.selectFrom('departments').select(['name', 'path']).where('path', '=', asked).executeTakeFirst()) ??
      (await db.selectFrom('departments').select(['name', 'path']).where('name', '=', asked).orderBy('path').executeTakeFirst())
    if (d) {
      department = d.name
      departmentPath = d.path
    }
  }
  const parts = [
    ...(positionClass ? [t('scheme.target.positionClass', { positionClass })] : []),
    ...(asked ? [t('scheme.target.department', { department: departmentPath ?? asked })] : []),
  ]
  return { scope: { positionClass, department, departmentPath }, words: parts.length ? parts.join(t('scheme.target.joiner')) : t('scheme.target.nobody') }
}

export async function loadEffective(db: Kysely<Database>, input: { scheme: { name: string; version?: number }; target: Target; asOf?: string }): Promise<EffectiveScheme> {
  const scheme = await findSchemeVersion(db, input.scheme.name, input.scheme.version)
  const asOf = checkDate(input.asOf?.trim() || localToday())
  const { scope, words } = await resolveTarget(db, input.target)
  const indicators = await loadIndicators(db, scheme.id)
  return { name: scheme.name, version: scheme.version, target: words, asOf, indicators: effectiveScheme(indicators, scope, { start: asOf, end: asOf }) }
}

export const schemeEffectiveHandlers: HandlerMap<'scheme-effective'> = {
  async 'scheme-effective'(input, ctx) {
    return loadEffective(ctx.db, input)
  },
}
