import type { Kysely } from 'kysely'
import { type FileInput, type ImportPreview, type ImportProblem, type Person } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { showSensitive } from '../../../shared/domain/sensitive-fields'
import type { Database } from '../../db/schema'
import { rosterFields } from '../../excel/fields'
import { StaffNumberIndex } from '../../excel/normalize'
import { cellProblem, problemText } from '../../excel/problems'
import { buildPreview, type ReadChoices, fieldLabel, readImportFile, type ImportProgress } from '../../excel/read-import'
import type { HandlerContext } from '../context'
import type { Importer } from '../imports/importer'
import { readRosterRows, type RosterRow } from './roster-rows'
import { listPeople } from './roster-queries'
import { wholeUnit } from '../scope/department-reach'
import { officeText } from '../../../shared/i18n/office-text'

/** A person as the audit log and the comparison see them. */
export type PersonSnapshot = Omit<Person, 'id'>

export interface RosterPlan {
  preview: ImportPreview
  /** department paths to create, parents before children */
  newDepartments: string[]
  adds: PersonSnapshot[]
  updates: { id: number; before: PersonSnapshot; after: PersonSnapshot }[]
}

async function loadPeople(db: Kysely<Database>) {
  return (await listPeople(db, wholeUnit)).map(({ id, ...snapshot }) => ({ id, snapshot }))
}

/** Every prefix of a path, top first: 城管局/执法一队 → 城管局, 城管局/执法一队. */
function prefixes(path: string): string[] {
  const parts = path.split('/')
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'))
}

/** Reads a roster file and compares it with the database: what would be added, changed, left alone. */
export async function planRosterImport(db: Kysely<Database>, file: FileInput, ctx: ImportProgress, reading: ReadChoices = {}): Promise<RosterPlan> {
  const read = await readImportFile(file, 'roster', rosterFields, ctx, reading)
  const problems: ImportProblem[] = []
  const notes: string[] = []
  const table = read.search.table
  const empty = { newDepartments: [], adds: [], updates: [] }
  if (!table) return { preview: buildPreview(read, { adds: 0, changes: 0, unchanged: 0 }, problems, notes, []), ...empty }
  ctx.progress(0, table.rows.length, 'progress.checking')
  const rows = readRosterRows(table, problems)
  const existing = await loadPeople(db)
  const departments = await db.selectFrom('departments').select(['path', 'name']).execute()
  const paths = new Set(departments.map((d) => d.path))
  const index = new StaffNumberIndex(existing.map((p) => [p.snapshot.staffNo, p] as [string, (typeof existing)[number]]))
  const matchedBy = new Map<number, number>()
  const zeros: string[] = []
  const byName = new Set<string>()
  const adds: PersonSnapshot[] = []
  const updates: RosterPlan['updates'] = []
  let unchanged = 0
  const staffCol = table.byField.get('staffNo')
  for (const row of rows) {
    const department = resolveDepartment(row.department, departments, paths, byName)
    const m = index.match(row.staffNo)
    if (m.kind === 'ambiguous') {
      if (staffCol) {
        const msg = problemText('import.problem.ambiguousStaffNo', { staffNo: row.staffNo, list: m.candidates.join('、') })
        problems.push(cellProblem('error', table.sheet, row.row, staffCol, msg))
      }
      continue
    }
    if (m.kind === 'none') {
      adds.push(merge(null, row, department))
      continue
    }
    const other = matchedBy.get(m.item.id)
    if (other !== undefined && staffCol) {
      problems.push(cellProblem('error', table.sheet, row.row, staffCol, problemText('import.problem.duplicateStaffNo', { staffNo: m.staffNo, other })))
      continue
    }
    matchedBy.set(m.item.id, row.row)
    if (m.kind === 'zeros') zeros.push(`${row.staffNo} → ${m.staffNo}`)
    const after = merge(m.item.snapshot, { ...row, staffNo: m.staffNo }, department)
    if (JSON.stringify(after) === JSON.stringify(m.item.snapshot)) unchanged++
    else updates.push({ id: m.item.id, before: m.item.snapshot, after })
  }
  const newDepartments: string[] = []
  for (const p of [...adds, ...updates.map((u) => u.after)]) {
    for (const path of prefixes(p.department)) {
      if (!paths.has(path) && !newDepartments.includes(path)) newDepartments.push(path)
    }
  }
  newDepartments.sort((a, b) => a.split('/').length - b.split('/').length)
  if (newDepartments.length) notes.push(t('import.note.departmentsNew', { count: newDepartments.length, list: officeText(newDepartments.join('、')) }))
  for (const n of byName) notes.push(n)
  if (zeros.length) notes.push(t('import.note.leadingZeros', { count: zeros.length, examples: zeros.slice(0, 3).join('，') }))
  const notInFile = existing.length - matchedBy.size
  if (notInFile > 0) notes.push(t('import.note.notInFile', { count: notInFile }))
  const sample = [...adds, ...updates.map((u) => u.after)].slice(0, 10).map(sampleOf)
  const preview = buildPreview(read, { adds: adds.length, changes: updates.length, unchanged }, problems, notes, sample)
  return { preview, newDepartments, adds, updates }
}

/**
 * A department written without its parent (`执法一队` where the tree has 城管局/执法一队) is the
 * existing one when exactly one department has that name.
 */
function resolveDepartment(levels: string[], departments: { path: string; name: string }[], paths: Set<string>, notes: Set<string>): string {
  const path = levels.join('/')
  if (levels.length !== 1 || paths.has(path)) return path
  const named = departments.filter((d) => d.name === path)
  if (named.length !== 1) return path
  notes.add(t('import.note.departmentByName', { name: path, path: named[0].path }))
  return named[0].path
}

/** The person after the import: columns the file does not have keep their stored values. */
function merge(before: PersonSnapshot | null, row: RosterRow, department: string): PersonSnapshot {
  const keep = <K extends keyof PersonSnapshot>(key: K, value: PersonSnapshot[K] | undefined, dflt: PersonSnapshot[K]): PersonSnapshot[K] =>
    value !== undefined ? value : before ? before[key] : dflt
  return {
    staffNo: row.staffNo,
    name: row.name,
    department,
    positionClass: keep('positionClass', row.positionClass, null),
    rankTitle: keep('rankTitle', row.rankTitle, null),
    isLeader: keep('isLeader', row.isLeader, false),
    gender: keep('gender', row.gender, null),
    birth: keep('birth', row.birth, null),
    idNumber: keep('idNumber', row.idNumber, null),
    phone: keep('phone', row.phone, null),
    political: keep('political', row.political, null),
    status: keep('status', row.status, '参加'),
    statusReason: keep('statusReason', row.statusReason, null),
  }
}

function sampleOf(p: PersonSnapshot): Record<string, string | number | null> {
  const label = (key: string) => {
    const spec = rosterFields.find((f) => f.key === key)
    return spec ? fieldLabel('roster', spec) : key
  }
  return {
    [label('staffNo')]: p.staffNo,
    [label('name')]: p.name,
    [label('department')]: p.department,
    [label('positionClass')]: p.positionClass,
    [label('rankTitle')]: p.rankTitle,
    [label('isLeader')]: t(p.isLeader ? 'import.value.yes' : 'import.value.no'),
    [label('status')]: p.status,
    [label('statusReason')]: p.statusReason,
  }
}

/**
 * 人员名册: a person is matched by staff number (leading zeros lost or not); new people and new
 * departments are added, changed ones updated, each audited with its before and after. No batch: a
 * roster file again only finds everyone unchanged.
 */
export const rosterImporter: Importer<'roster', RosterPlan> = {
  plan: (input, ctx) => planRosterImport(ctx.db, input.file, ctx, input),
  async write(plan, _input, ctx) {
    const total = plan.newDepartments.length + plan.adds.length + plan.updates.length
    let done = 0
    const step = async () => {
      done++
      if (done % 500 === 0) {
        ctx.progress(done, total, 'progress.writing')
        await ctx.checkpoint()
      }
    }
    const deptIds = await createDepartments(ctx, plan.newDepartments, step)
    const now = new Date().toISOString()
    for (const p of plan.adds) {
      await ctx.db
        .insertInto('people')
        .values({ ...columns(p, deptIds.get(p.department) as number), created_at: now, updated_at: now })
        .execute()
      ctx.audit({ entity: 'person', entityId: p.staffNo, before: null, after: audited(p) })
      await step()
    }
    for (const u of plan.updates) {
      await ctx.db
        .updateTable('people')
        .set({ ...columns(u.after, deptIds.get(u.after.department) as number), updated_at: now })
        .where('id', '=', u.id)
        .execute()
      ctx.audit({ entity: 'person', entityId: u.after.staffNo, before: audited(u.before), after: audited(u.after) })
      await step()
    }
    ctx.progress(total, total, 'progress.writing')
    return { written: plan.adds.length + plan.updates.length, batchId: null }
  },
}

/** Creates the missing departments and answers every department's id by path. */
async function createDepartments(ctx: HandlerContext, paths: string[], step: () => Promise<void>): Promise<Map<string, number>> {
  const ids = new Map((await ctx.db.selectFrom('departments').select(['id', 'path']).execute()).map((d) => [d.path, d.id]))
  for (const path of paths) {
    const cut = path.lastIndexOf('/')
    const parentId = cut < 0 ? null : (ids.get(path.slice(0, cut)) ?? null)
    const name = cut < 0 ? path : path.slice(cut + 1)
    const row = await ctx.db.insertInto('departments').values({ name, path, parent_id: parentId }).returning('id').executeTakeFirstOrThrow()
    ids.set(path, row.id)
    ctx.audit({ entity: 'department', entityId: path, before: null, after: { name, path, parentId } })
    await step()
  }
  return ids
}

/**
 * A person as the audit log keeps them: the sensitive fields masked. The log is append-only and read
 * by the 安全审计员, who sees them masked anyway; a full 身份证号 written there could never be
 * corrected or removed. A change hidden by the mask (a middle digit) still leaves its entry.
 */
function audited(p: PersonSnapshot): PersonSnapshot {
  return showSensitive(p, 'masked')
}

function columns(p: PersonSnapshot, departmentId: number) {
  return {
    staff_no: p.staffNo,
    name: p.name,
    department_id: departmentId,
    position_class: p.positionClass,
    rank_title: p.rankTitle,
    is_leader: p.isLeader ? 1 : 0,
    gender: p.gender,
    birth: p.birth,
    id_number: p.idNumber,
    phone: p.phone,
    political: p.political,
    status: p.status,
    status_reason: p.statusReason,
  }
}
