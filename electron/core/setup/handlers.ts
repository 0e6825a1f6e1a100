import type { HandlerContext, HandlerMap } from '../context'
import type { Database } from '../../db/schema'
import type { Kysely } from 'kysely'
import { AppError } from '../../../shared/contract/app-error'
import { t } from '../../../shared/i18n'
import { setupProgress, type SetupFacts } from '../../../shared/domain/setup-steps'
import { storedUnitName } from '../report/report-queries'

async function count(db: Kysely<Database>, table: 'people' | 'schemes' | 'periods' | 'ratings' | 'computations'): Promise<number> {
  const r = await db.selectFrom(table).select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(r.n)
}

export async function setupFacts(db: Kysely<Database>): Promise<SetupFacts> {
  return {
    unitNamed: (await storedUnitName(db)) !== '',
    people: await count(db, 'people'),
    schemes: await count(db, 'schemes'),
    periods: await count(db, 'periods'),
    ratings: await count(db, 'ratings'),
    computations: await count(db, 'computations'),
  }
}

function demoSwitch(ctx: HandlerContext) {
  if (!ctx.backend.demo) throw new AppError('conflict', t('demo.unavailable'))
  return ctx.backend.demo
}

export const setupHandlers: HandlerMap<'setup-progress' | 'demo-status' | 'demo-open' | 'demo-close'> = {
  async 'setup-progress'(_input, ctx) {
    return setupProgress(await setupFacts(ctx.db))
  },
  async 'demo-status'(_input, ctx) {
    return ctx.backend.demo ? ctx.backend.demo.status() : { active: false, file: '', account: null }
  },
  async 'demo-open'(_input, ctx) {
    return demoSwitch(ctx).open(ctx)
  },
  async 'demo-close'(_input, ctx) {
    return demoSwitch(ctx).close(ctx)
  },
}
