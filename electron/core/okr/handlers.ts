import type { HandlerMap } from '../context'
import { AppError } from '../../../shared/contract/app-error'
import { hasErrors, refusalMessage } from '../../excel/problems'
import { localToday } from '../notice/dates'
import { planOkrImport } from './import-okr'
import { keyResultHandlers } from './key-result-handlers'
import { filterObjectives, laggingList, windowOf } from './list-filter'
import { objectiveHandlers } from './objective-handlers'
import { objectiveViews } from './okr-queries'
import { findDepartment } from './owner'
import { writeOkrImport } from './write-okr-import'

export const okrHandlers: HandlerMap<
  | 'okr-list'
  | 'okr-lagging'
  | 'okr-objective-save'
  | 'okr-objective-remove'
  | 'okr-kr-save'
  | 'okr-kr-remove'
  | 'okr-kr-progress'
  | 'okr-kr-history'
  | 'okr-import-preview'
  | 'okr-import'
> = {
  ...objectiveHandlers,
  ...keyResultHandlers,

  async 'okr-list'(input, ctx) {
    // "today" is the office's date, read here once and handed to the rules
    const asOf = input.asOf ?? localToday()
    const departmentPath = input.department !== undefined ? (await findDepartment(ctx.db, input.department)).path : undefined
    const objectives = filterObjectives(await objectiveViews(ctx.db, asOf), {
      ...(departmentPath !== undefined ? { departmentPath } : {}),
      ...(input.staffNo !== undefined ? { staffNo: input.staffNo } : {}),
      ...windowOf(input),
      laggingOnly: input.laggingOnly ?? false,
    })
    return { asOf, objectives }
  },

  async 'okr-lagging'(input, ctx) {
    const asOf = input.asOf ?? localToday()
    return laggingList(await objectiveViews(ctx.db, asOf), asOf, input.limit)
  },

  async 'okr-import-preview'(input, ctx) {
    return (await planOkrImport(ctx.db, input.file, ctx)).preview
  },

  async 'okr-import'(input, ctx) {
    const plan = await planOkrImport(ctx.db, input.file, ctx)
    if (hasErrors(plan.preview.problems)) throw new AppError('bad-file', refusalMessage(plan.preview.problems), plan.preview.problems)
    const { written, batchId } = await writeOkrImport(ctx, input.file, plan)
    return { preview: plan.preview, written, batchId }
  },
}
