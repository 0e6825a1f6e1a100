import type { HandlerMap } from '../context'
import { inputsSummary } from './inputs-summary'

/** The inputs' read; their imports are the ballots, satisfaction and measures importers, served by core/imports. */
export const inputsHandlers: HandlerMap<'inputs-summary'> = {
  async 'inputs-summary'(input, ctx) {
    return inputsSummary(ctx.db, input.period)
  },
}
