import type { HandlerMap, HandlerContext } from '../context'
import { AppError } from '../../../shared/contract/app-error'
import { hasErrors, refusalMessage } from '../../excel/problems'
import { planRosterImport, type PersonSnapshot } from './import-roster'
import { listDepartments, listPeople } from './roster-queries'

export const rosterHandlers: HandlerMap<'roster-list' | 'roster-import-preview' | 'roster-import' | 'org-list'> = {
  async 'roster-list'(input, ctx) {
    return listPeople(ctx.db, input.search)
  },
  async 'org-list'(_input, ctx) {
    return listDepartments(ctx.db)
  },
  async 'roster-import-preview'(input, ctx) {
    return (await planRosterImport(ctx.db, input.file, ctx)).preview
  },
  async 'roster-import'(input, ctx) {
    const plan = await planRosterImport(ctx.db, input.file, ctx)
    if (hasErrors(plan.preview.problems)) throw new AppError('bad-file', refusalMessage(plan.preview.problems), plan.preview.problems)
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
      ctx.audit({ entity: 'person', entityId: p.staffNo, before: null, after: p })
      await step()
    }
    for (const u of plan.updates) {
      await ctx.db
        .updateTable('people')
        .set({ ...columns(u.after, deptIds.get(u.after.department) as number), updated_at: now })
        .where('id', '=', u.id)
        .execute()
      ctx.audit({ entity: 'person', entityId: u.after.staffNo, before: u.before, after: u.after })
      await step()
    }
    ctx.progress(total, total, 'progress.writing')
    return { preview: plan.preview, written: plan.adds.length + plan.updates.length, batchId: null }
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
    political: p.political,
    status: p.status,
    status_reason: p.statusReason,
  }
}
