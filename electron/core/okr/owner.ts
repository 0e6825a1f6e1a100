import type { Kysely } from 'kysely'
import type { OkrOwner } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import type { Database } from '../../db/schema'
import { keyText } from '../../excel/normalize'
import { AppError } from '../../../shared/contract/app-error'
import { peopleIndex } from '../history/history-rows'
import { problemText } from '../../excel/problems'

/** An owner as stored: exactly one of the two ids is set. */
export interface OwnerIds {
  personId: number | null
  departmentId: number | null
}

export interface DepartmentRef {
  id: number
  name: string
  path: string
}

export type DepartmentMatch = { kind: 'one'; department: DepartmentRef } | { kind: 'none' } | { kind: 'many'; paths: string[] }

/** Every department, matched by its full path, or by its own name when only one department has it. */
export async function departmentIndex(db: Kysely<Database>): Promise<(ref: string) => DepartmentMatch> {
  const all = await db.selectFrom('departments').select(['id', 'name', 'path']).execute()
  const byPath = new Map(all.map((d) => [keyText(d.path) ?? d.path, d]))
  return (ref) => {
    const k = keyText(ref) ?? ref
    const exact = byPath.get(k)
    if (exact) return { kind: 'one', department: exact }
    const named = all.filter((d) => (keyText(d.name) ?? d.name) === k)
    if (named.length === 1) return { kind: 'one', department: named[0] }
    return named.length === 0 ? { kind: 'none' } : { kind: 'many', paths: named.map((d) => d.path) }
  }
}

/** The department a typed reference names; a clear refusal when none or several do. */
export async function findDepartment(db: Kysely<Database>, ref: string): Promise<DepartmentRef> {
  const m = (await departmentIndex(db))(ref)
  if (m.kind === 'none') throw new AppError('not-found', problemText('inputs.problem.unknownDepartment', { value: ref }))
  if (m.kind === 'many') throw new AppError('invalid-input', problemText('inputs.problem.ambiguousDepartment', { value: ref, list: m.paths.join('、') }))
  return m.department
}

/** The owner an objective's input names: a person by staff number (leading zeros recovered) or a department. */
export async function resolveOwner(db: Kysely<Database>, input: { ownerStaffNo?: string; ownerDepartment?: string }): Promise<OwnerIds> {
  if (input.ownerStaffNo !== undefined) {
    const m = (await peopleIndex(db)).match(input.ownerStaffNo.normalize('NFKC').trim())
    if (m.kind === 'none') throw new AppError('not-found', problemText('import.problem.unknownStaffNo', { staffNo: input.ownerStaffNo }))
    if (m.kind === 'ambiguous') throw new AppError('invalid-input', problemText('import.problem.ambiguousStaffNo', { staffNo: input.ownerStaffNo, list: m.candidates.join('、') }))
    return { personId: m.item.id, departmentId: null }
  }
  if (input.ownerDepartment === undefined) throw new AppError('invalid-input', t('okr.input.owner'))
  return { personId: null, departmentId: (await findDepartment(db, input.ownerDepartment)).id }
}

/** How an owner is named in messages and the CLI: `S001 张三` or a department's path. */
export function ownerLabel(owner: OkrOwner): string {
  return owner.kind === 'person' ? `${owner.staffNo} ${owner.name}` : owner.department
}
