import type { HandlerMap } from '../context'
import { localToday } from '../notice/dates'
import { keyResultHandlers } from './key-result-handlers'
import { filterObjectives, laggingList, windowOf } from './list-filter'
import { objectiveHandlers } from './objective-handlers'
import { objectiveViews } from './okr-queries'
import { findDepartment } from './owner'

export const okrHandlers: HandlerMap<
  | 'okr-list'
  | 'okr-lagging'
  | 'okr-objective-save'
  | 'okr-objective-remove'
  | 'okr-kr-save'
  | 'okr-kr-remove'
  | 'okr-kr-progress'
  | 'okr-kr-history'
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
}
