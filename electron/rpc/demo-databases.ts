import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import type { Caller, DemoSwitch, HandlerContext } from '../core/context'
import type { DemoStatus } from '../../shared/contract'
import { AppError, Cancelled } from '../../shared/contract/app-error'
import { t } from '../../shared/i18n'
import type { LiveDatabase } from '../db/backups/live-database'
import { openDatabase } from '../db/open-database'
import { appendAudit } from '../db/audit-chain'
import { companionsOf, removeIfPresent } from '../db/backups/files'
import { endSession, openSession, resolveSession } from '../core/accounts/sessions'
import { handlers } from '../core/handlers'
import { copyCallerAccount } from '../core/setup/copy-account'
import { demoPathOf, sampleFile, sampleFiles } from '../core/setup/demo-files'
import { auditRow, createDispatcher } from './dispatch'
import path from 'node:path'

/** The sample town's name, set in the demo like any office sets its own, so its exports carry it. */
const SAMPLE_UNIT = '示例镇人民政府'
const SAMPLE_PERIOD = '2025-Q1'
const SAMPLE_SCHEME = '平时考核2025'

/** What the demo is loaded with: the clerk's own calls, in a clerk's order, through the real importers and compute. */
const loadingCalls: [method: string, input: () => unknown][] = [
  ['unit-set', () => ({ name: SAMPLE_UNIT })],
  ['roster-import', () => ({ file: sampleFile(sampleFiles.roster) })],
  ['scheme-import', () => ({ file: sampleFile(sampleFiles.scheme), name: SAMPLE_SCHEME })],
  ['period-create', () => ({ id: SAMPLE_PERIOD, kind: 'quarter', scheme: SAMPLE_SCHEME })],
  ['ratings-import', () => ({ period: SAMPLE_PERIOD, file: sampleFile(sampleFiles.ratings) })],
  ['satisfaction-import', () => ({ period: SAMPLE_PERIOD, file: sampleFile(sampleFiles.satisfaction) })],
  ['results-compute', () => ({ period: SAMPLE_PERIOD })],
]

async function auditIn(db: Kysely<Database>, caller: Caller, method: 'demo-open' | 'demo-close', after: unknown): Promise<void> {
  const at = new Date().toISOString()
  await db.transaction().execute((trx) => appendAudit(trx, [auditRow(caller, method, at, { entity: 'database', entityId: 'demo', after })]))
}

/**
 * The 示例数据 switch: a fresh demo file beside the office's database, loaded from resources/samples as
 * a clerk would load it, then served in place of the real one (which is closed, not touched) until
 * `close`. The app always starts on the real file: the demo lasts one run at most.
 */
export function demoDatabases(live: LiveDatabase, version: string): DemoSwitch {
  let account: string | null = null
  const status = (): DemoStatus => ({ active: live.away, file: live.away ? path.basename(live.path) : '', account: live.away ? account : null })

  async function load(demoPath: string, ctx: HandlerContext): Promise<void> {
    const demo = await openDatabase(demoPath, { create: true })
    try {
      await copyCallerAccount(ctx.db, demo.db, ctx.caller)
      // a session of its own for the loading, ended after: the copied one is the person's
      const loader = await openSession(demo.db, ctx.caller.accountId as number, 1, new Date())
      const dispatcher = createDispatcher(demo.db, { dbPath: demoPath, version }, handlers)
      for (const [i, [method, input]] of loadingCalls.entries()) {
        ctx.progress(i, loadingCalls.length, 'progress.demo.load')
        await ctx.checkpoint()
        const r = await dispatcher.call({ session: loader.token }, method, input(), { signal: ctx.signal })
        if (ctx.signal.aborted) throw new Cancelled()
        if (!r.ok) throw new AppError('conflict', t('demo.loadFailed', { message: r.error.message }))
      }
      ctx.progress(loadingCalls.length, loadingCalls.length, 'progress.demo.load')
      const ended = await resolveSession(demo.db, loader.token, new Date())
      if (ended.ok) await endSession(demo.db, ended.sessionId, 'logout', new Date())
      await auditIn(demo.db, ctx.caller, 'demo-open', { from: path.basename(live.home), samples: Object.values(sampleFiles) })
    } finally {
      await demo.close()
    }
  }

  return {
    status,
    async open(ctx) {
      if (live.away) throw new AppError('conflict', t('demo.alreadyOpen'))
      const demoPath = demoPathOf(live.home)
      // a fresh copy every time: practice starts from the same sample
      for (const f of [demoPath, ...companionsOf(demoPath)]) removeIfPresent(f)
      try {
        await load(demoPath, ctx)
      } catch (e) {
        for (const f of [demoPath, ...companionsOf(demoPath)]) removeIfPresent(f)
        throw e
      }
      // recorded in the office's own log before it is closed; the dispatch records it in the demo's
      await auditIn(ctx.db, ctx.caller, 'demo-open', { demo: path.basename(demoPath) })
      await live.switchTo(demoPath)
      account = ctx.caller.name
      ctx.audit({ entity: 'database', entityId: 'demo', after: { opened: path.basename(demoPath) } })
      return status()
    },
    async close(ctx) {
      if (!live.away) return status()
      await auditIn(ctx.db, ctx.caller, 'demo-close', { back: path.basename(live.home) })
      await live.switchTo(live.home)
      account = null
      ctx.audit({ entity: 'database', entityId: 'demo', after: { closed: true } })
      return status()
    },
  }
}
