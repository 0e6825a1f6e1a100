import { seedFixture2025Q1 } from '../support/seed-fixture-2025-q1'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type OpenedDatabase } from '../../electron/db/open-database'
import { createDispatcher, type Dispatcher } from '../../electron/rpc/dispatch'
import type { Credential, Handlers } from '../../electron/core/context'
import { authHandlers } from '../../electron/core/accounts/auth-handlers'
import { accountHandlers } from '../../electron/core/accounts/account-handlers'
import { signInAs } from '../support/accounts'
import { resultsHandlers } from '../../electron/core/results/handlers'
import type { PeriodResults } from '../../shared/contract'
import { roundHalfUp } from '../../shared/domain/rounding'
import { tempDir } from '../support/temp-dir'
import { readExpected2025Q1 } from '../support/fixture-2025-q1'


describe('results handlers on a fresh database', () => {
  const tmp = tempDir()
  const expected = readExpected2025Q1()
  let clerk: Credential
  let database: OpenedDatabase
  let dispatcher: Dispatcher
  beforeAll(async () => {
    database = await openDatabase(path.join(tmp.dir, 'results.db'), { create: true })
    // the real dispatch over the results handlers alone (and the accounts', to sign in), so these tests do not wait on other areas
    dispatcher = createDispatcher(database.db, { dbPath: database.path, version: 'test' }, { ...authHandlers, ...accountHandlers, ...resultsHandlers } as unknown as Handlers)
    await seedFixture2025Q1(database)
    clerk = await signInAs(dispatcher, 'clerk')
  })
  afterAll(async () => {
    await database.close()
    tmp.cleanup()
  })

  const call = async (method: 'results-compute' | 'results-list', period: string, onProgress?: () => void) => {
    const r = await dispatcher.call(clerk, method, { period }, { onProgress })
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
    return r.result as PeriodResults
  }

  it('results-compute stores and returns the expected results, with the settings, counts, progress and one audit entry', async () => {
    let progressEvents = 0
    const out = await call('results-compute', '2025-Q1', () => progressEvents++)
    expect(progressEvents).toBeGreaterThan(0)
    expect({ graded: out.graded, goodQuota: out.goodQuota }).toEqual({ graded: 36, goodQuota: 14 })
    expect(out.settings?.roleWeights.领导).toBe(0.5)
    expect(out.dimensions.map((d) => d.name)).toEqual(['德', '能', '勤', '绩', '廉'])
    const byNo = new Map(out.rows.map((r) => [r.staffNo, r]))
    for (const e of expected.results) {
      const g = byNo.get(e.staffNo)
      expect({ staffNo: e.staffNo, name: g?.name, department: g?.department, total: g?.total, grade: g?.grade, rank: g?.rank }).toEqual({
        staffNo: e.staffNo,
        name: e.name,
        department: e.department,
        total: e.total,
        grade: e.grade,
        rank: e.rank ?? null,
      })
    }
    expect(byNo.get('S004')?.notes).toEqual(['不定等次：新录用试用期'])
    expect(Object.values(byNo.get('S006')?.dimensions ?? {}).every((v) => v === null || roundHalfUp(v) === v)).toBe(true)

    const audits = await database.db.selectFrom('audit_log').selectAll().where('entity', '=', 'results').execute()
    expect(audits).toHaveLength(1)
    expect(audits[0]).toMatchObject({ method: 'results-compute', entity_id: '2025-Q1' })
    expect(JSON.parse(audits[0].after as string)).toEqual({ graded: 36, quota: 14, good: 7 })
    const comp = await database.db.selectFrom('computations').selectAll().executeTakeFirstOrThrow()
    expect(JSON.parse(comp.settings).bonusCap).toBe(5)
  })

  it('results-list returns the stored rows by rank, the ungraded last, then by staff number', async () => {
    const out = await call('results-list', '2025-Q1')
    expect(out.rows).toHaveLength(37)
    expect(out.rows[0]).toMatchObject({ staffNo: 'S006', rank: 1 })
    expect(out.rows[36]).toMatchObject({ staffNo: 'S004', rank: null, grade: '不定等次' })
    const ranks = out.rows.slice(0, 36).map((r) => r.rank as number)
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    expect(out.computedAt).not.toBeNull()
  })

  it('recomputing replaces the rows and the computation rather than adding to them', async () => {
    await call('results-compute', '2025-Q1')
    const db = database.db
    const n = await db.selectFrom('results').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    const c = await db.selectFrom('computations').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    expect({ results: Number(n.n), computations: Number(c.n) }).toEqual({ results: 37, computations: 1 })
  })

  it('refuses an unknown period with a not-found error in Chinese', async () => {
    for (const method of ['results-compute', 'results-list'] as const) {
      const r = await dispatcher.call(clerk, method, { period: '2030-Q9' })
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error).toEqual({ code: 'not-found', message: '未找到考核周期“2030-Q9”，请先在“考核周期”中建立。' })
    }
  })
})
