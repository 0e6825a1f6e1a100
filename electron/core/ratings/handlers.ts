import type { HandlerMap } from '../context'
import { ratingsSummary } from './ratings-queries'

/** The ratings' reads; their import is ratingsImporter (ratings-importer.ts), served by core/imports. */
export const ratingsHandlers: HandlerMap<'ratings-summary'> = {
  async 'ratings-summary'(input, ctx) {
    return ratingsSummary(ctx.db, input.period)
  },
}
