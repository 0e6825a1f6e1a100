import type { HandlerMap } from '../context'
import { callerReach } from '../scope/department-reach'
import { inputsSummary } from './inputs-summary'
import { listBallots, listMeasures, listSatisfaction } from './input-lists'

/** The inputs' reads; their imports are the ballots, satisfaction and measures importers, served by core/imports. */
export const inputsHandlers: HandlerMap<'inputs-summary' | 'inputs-ballots' | 'inputs-satisfaction' | 'inputs-measures'> = {
  async 'inputs-summary'(input, ctx) {
    return inputsSummary(ctx.db, input.period)
  },
  async 'inputs-ballots'(input, ctx) {
    return listBallots(ctx.db, input.period, await callerReach(ctx))
  },
  async 'inputs-satisfaction'(input, ctx) {
    return listSatisfaction(ctx.db, input.period, await callerReach(ctx))
  },
  async 'inputs-measures'(input, ctx) {
    return listMeasures(ctx.db, input.period, await callerReach(ctx))
  },
}
