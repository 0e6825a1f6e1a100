import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBackend, type Backend } from '../../electron/rpc/backend'
import type { Credential } from '../../electron/core/context'
import type { DemoStatus, PeriodResults, SetupProgress, UnitInfo } from '../../shared/contract'
import { signInAs } from '../support/accounts'
import { tempDir, fixtureFile } from '../support/temp-dir'
import { fileTableCounts, tableSnapshot } from '../support/table-snapshot'
import SqliteDatabase from 'better-sqlite3'

const counted = ['people', 'schemes', 'periods', 'ratings', 'satisfaction', 'results', 'accounts', 'sessions'] as const

describe('示例数据: the sample town in its own file, the real database untouched', () => {
  const tmp = tempDir('kaohe-demo-')
  const real = path.join(tmp.dir, 'office.db')
  const demo = path.join(tmp.dir, 'office-示例.db')
  let backend: Backend
  let clerk: Credential
  const ok = async <T>(credential: Credential, method: string, input: unknown = {}): Promise<T> => {
    const r = await backend.dispatcher.call(credential, method, input)
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
    return r.result as T
  }

  beforeAll(async () => {
    backend = await openBackend(real, { create: true })
    clerk = await signInAs(backend.dispatcher, 'clerk')
    // the office has started: a roster only
    await ok(clerk, 'roster-import', { file: fixtureFile('roster.xlsx') })
  })
  afterAll(async () => {
    await backend.close()
    tmp.cleanup()
  })

  it('the checklist ticks the roster from the data and leaves the rest open', async () => {
    const p = await ok<SetupProgress>(clerk, 'setup-progress')
    expect(p.steps.filter((s) => s.done).map((s) => s.id)).toEqual(['roster'])
    expect(p.next).toBe('unit')
  })

  it('opens a demo file with the sample roster, period and computed results; the real file is unchanged', async () => {
    const realBefore = await (async () => {
      const s = new SqliteDatabase(real, { readonly: true })
      try {
        return tableSnapshot(s)
      } finally {
        s.close()
      }
    })()
    const opened = await ok<DemoStatus>(clerk, 'demo-open')
    expect(opened).toEqual({ active: true, file: 'office-示例.db', account: 'clerk' })
    expect(fs.existsSync(demo)).toBe(true)

    // the same session goes on working, now in the demo
    expect((await ok<UnitInfo>(clerk, 'unit-get')).name).toBe('示例镇人民政府')
    const results = await ok<PeriodResults>(clerk, 'results-list', { period: '2025-Q1' })
    expect(results.rows.length).toBeGreaterThan(0)
    const done = await ok<SetupProgress>(clerk, 'setup-progress')
    expect(done.allDone).toBe(true)

    const demoCounts = fileTableCounts(demo, counted)
    expect(demoCounts.people).toBe(fileTableCounts(real, ['people']).people)
    expect(demoCounts.periods).toBe(1)
    expect(demoCounts.ratings).toBeGreaterThan(0)
    expect(demoCounts.satisfaction).toBeGreaterThan(0)
    expect(demoCounts.results).toBe(results.rows.length)
    // one account: the clerk's own, no one else's password hash
    expect(demoCounts.accounts).toBe(1)

    // the real file: every row as it was but the one audit entry that records the switch
    const s = new SqliteDatabase(real, { readonly: true })
    try {
      const after = tableSnapshot(s)
      expect({ ...after.counts, audit_log: 0, audit_head: 0 }).toEqual({ ...realBefore.counts, audit_log: 0, audit_head: 0 })
      expect(after.counts.audit_log).toBe(realBefore.counts.audit_log + 1)
      const last = s.prepare('select method, user_name from audit_log order by id desc limit 1').get()
      expect(last).toEqual({ method: 'demo-open', user_name: 'clerk' })
    } finally {
      s.close()
    }
    const inDemo = new SqliteDatabase(demo, { readonly: true })
    try {
      const methods = (inDemo.prepare('select distinct method from audit_log').all() as { method: string }[]).map((r) => r.method)
      expect(methods).toEqual(expect.arrayContaining(['roster-import', 'scheme-import', 'period-create', 'ratings-import', 'satisfaction-import', 'results-compute', 'demo-open']))
    } finally {
      inDemo.close()
    }
  })

  it('refuses a second open while in the demo, and goes back to the real data with the same session', async () => {
    const again = await backend.dispatcher.call(clerk, 'demo-open', {})
    expect(again.ok).toBe(false)
    if (!again.ok) expect(again.error.message).toContain('已经在使用示例数据')

    const back = await ok<DemoStatus>(clerk, 'demo-close')
    expect(back.active).toBe(false)
    expect((await ok<UnitInfo>(clerk, 'unit-get')).name).toBe('')
    expect(fileTableCounts(real, ['periods', 'ratings', 'results'])).toEqual({ periods: 0, ratings: 0, results: 0 })
    const s = new SqliteDatabase(real, { readonly: true })
    try {
      const methods = (s.prepare("select method from audit_log where method like 'demo-%' order by id").all() as { method: string }[]).map((r) => r.method)
      expect(methods).toEqual(['demo-open', 'demo-close'])
    } finally {
      s.close()
    }
    // and the demo's own log records that it was left
    const d = new SqliteDatabase(demo, { readonly: true })
    try {
      expect((d.prepare('select method from audit_log order by id desc limit 1').get() as { method: string }).method).toBe('demo-close')
    } finally {
      d.close()
    }
  })

  it('a role other than the clerk may not open the demo', async () => {
    const reader = await signInAs(backend.dispatcher, 'readonly')
    const r = await backend.dispatcher.call(reader, 'demo-open', {})
    expect(r.ok ? 'ok' : r.error.code).toBe('forbidden')
    expect(fileTableCounts(real, ['periods'])).toEqual({ periods: 0 })
  })
})
