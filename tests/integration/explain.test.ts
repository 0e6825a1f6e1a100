import path from 'node:path'
import fs from 'node:fs'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type OpenedDatabase } from '../../electron/db/open-database'
import { createDispatcher, type Dispatcher } from '../../electron/rpc/dispatch'
import type { Credential, Handlers } from '../../electron/core/context'
import { authHandlers } from '../../electron/core/accounts/auth-handlers'
import { accountHandlers } from '../../electron/core/accounts/account-handlers'
import { signInAs } from '../support/accounts'
import { resultsHandlers } from '../../electron/core/results/handlers'
import { explainHandlers } from '../../electron/core/explain/handlers'
import type { ExportedFile, PersonExplanation } from '../../shared/contract'
import { computePeriod, groupRatings } from '../../shared/domain/compute-period'
import { defaultSettings } from '../../shared/domain/settings'
import { readFixture2025Q1 } from '../support/fixture-2025-q1'
import { seedFixture2025Q1 } from '../support/seed-fixture-2025-q1'
import { cli } from '../support/run-cli'
import { tempDir } from '../support/temp-dir'

describe('results-explain on the 2025-Q1 sample', () => {
  const tmp = tempDir()
  let caller: Credential
  let database: OpenedDatabase
  let dispatcher: Dispatcher
  const dbPath = () => path.join(tmp.dir, 'explain.db')

  beforeAll(async () => {
    database = await openDatabase(dbPath(), { create: true })
    dispatcher = createDispatcher(database.db, { dbPath: database.path, version: 'test' }, { ...authHandlers, ...accountHandlers, ...resultsHandlers, ...explainHandlers } as unknown as Handlers)
    await seedFixture2025Q1(database)
    caller = await signInAs(dispatcher, 'clerk')
  })
  afterAll(async () => {
    await database.close()
    tmp.cleanup()
  })

  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await dispatcher.call(caller, method as never, input)
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code })
    return r.result as T
  }
  const explain = (staffNo: string) => call<PersonExplanation>('results-explain', { period: '2025-Q1', staffNo })

  it('refuses before the results are computed, saying to compute first', async () => {
    await expect(explain('S006')).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('请先计算结果') })
  })

  it('explains every number for all 37 people: the dimensions add up to the weighted total, the adjustments to computePeriod’s total', async () => {
    await call('results-compute', { period: '2025-Q1' })
    const fixture = await readFixture2025Q1()
    const computed = computePeriod({ ...fixture, ratings: groupRatings(fixture.ratings), settings: defaultSettings, periodWindow: { start: '2025-01-01', end: '2025-03-31' } })
    expect(computed.rows).toHaveLength(37)
    for (const row of computed.rows) {
      const e = await explain(row.staffNo)
      if (row.total === null) {
        expect(e.total, row.staffNo).toBeNull()
        continue
      }
      const dims = e.indicators.filter((i) => i.depth === 0 && i.contribution !== null)
      const sum = dims.reduce((s, i) => s + (i.contribution as number), 0)
      expect(Math.abs(sum - (e.weightedTotal as number)), row.staffNo).toBeLessThan(1e-9)
      const points = e.adjustments.reduce((s, a) => s + (a.points ?? 0), 0)
      expect(Math.abs((e.weightedTotal as number) + points - row.total), row.staffNo).toBeLessThan(1e-9)
      expect(Math.abs((e.total as number) - row.total), row.staffNo).toBeLessThan(1e-9)
      expect(e.totalRounded, row.staffNo).toBe(row.totalRounded)
      expect(e.rank, row.staffNo).toBe(row.rank)
      // every leaf's contributions add up too: nothing between the ratings and the total is unexplained
      const leaves = e.indicators.filter((i) => i.source !== 'rollUp' && i.contribution !== null)
      expect(Math.abs(leaves.reduce((s, i) => s + (i.contribution as number), 0) - (e.weightedTotal as number)), row.staffNo).toBeLessThan(1e-9)
    }
  })

  it('shows S006 first with 99.28 and 好, the ratings by role and the department means', async () => {
    const e = await explain('S006')
    expect({ rank: e.rank, totalRounded: e.totalRounded, grade: e.grade, graded: e.graded }).toEqual({ rank: 1, totalRounded: 99.28, grade: '好', graded: 36 })
    expect(e.dimensions.map((d) => d.name)).toEqual(['德', '能', '勤', '绩', '廉'])
    expect(e.dimensions.every((d) => d.departmentMean !== null)).toBe(true)
    const rated = e.indicators.filter((i) => i.source === 'ratings')
    expect(rated.length).toBeGreaterThan(0)
    for (const i of rated) {
      expect(i.roles.reduce((s, r) => s + r.effectiveWeight, 0)).toBeCloseTo(1, 12)
      expect(i.ratings.length).toBeGreaterThan(0)
    }
    expect(e.rules.join('\n')).toContain('领导 50%')
    expect(e.rules.join('\n')).toContain('四舍五入')
  })

  it('names an unknown staff number', async () => {
    await expect(explain('X999')).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('X999') })
  })

  it('writes a printable 个人考核结果单 that reads back with the same numbers', async () => {
    const file = await call<ExportedFile>('results-explain-export', { period: '2025-Q1', staffNo: 'S006' })
    expect(file.fileName).toContain('S006')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ExcelJS.Buffer)
    const ws = wb.worksheets[0]
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1 })
    const texts: string[] = []
    ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))))
    expect(String(ws.getCell('A1').value)).toContain('个人考核结果单')
    expect(texts).toContain('99.28')
    const all = texts.join('\n')
    for (const word of ['本人签字', '考核委员会', '领导', '贡献分', '部门平均', '第 1 名 / 共 36 人']) expect(all).toContain(word)
    const e = await explain('S006')
    // each indicator's row shows its contribution at full precision
    let found = 0
    ws.eachRow((row) => {
      const ind = e.indicators.find((i) => i.name === row.getCell(1).value && i.contribution !== null)
      if (ind && row.getCell(7).value === ind.contribution) found++
    })
    expect(found).toBe(e.indicators.filter((i) => i.contribution !== null).length)
  })

  it('answers over the CLI: --json is the PersonExplanation, text the indented sheet, --out the workbook', async () => {
    const j = await cli(dbPath(), 'explain', '--period', '2025-Q1', '--staff', 'S006', '--json')
    expect(j.code, j.err).toBe(0)
    const e = JSON.parse(j.out) as PersonExplanation
    expect({ staffNo: e.staffNo, rank: e.rank, totalRounded: e.totalRounded, grade: e.grade }).toEqual({ staffNo: 'S006', rank: 1, totalRounded: 99.28, grade: '好' })

    const text = await cli(dbPath(), 'explain', '--period', '2025-Q1', '--staff', 'S006')
    expect(text.code, text.err).toBe(0)
    expect(text.out).toContain('99.28')
    expect(text.out).toContain('本人')

    const out = path.join(tmp.dir, 'sheet', 'S006.xlsx')
    const x = await cli(dbPath(), 'explain', '--period', '2025-Q1', '--staff', 'S006', '--out', out)
    expect(x.code, x.err).toBe(0)
    expect(fs.existsSync(out)).toBe(true)
    expect(fs.readdirSync(path.dirname(out))).toEqual(['S006.xlsx'])

    const missing = await cli(dbPath(), 'explain', '--period', '2025-Q1', '--staff', 'NOPE')
    expect(missing.code).toBe(1)
    expect(missing.err).toContain('NOPE')
    const usage = await cli(dbPath(), 'explain', '--period', '2025-Q1')
    expect(usage.code).toBe(2)
  })

  it('lists an exemption and a committee override with their recorded reasons, and still adds up', async () => {
    const person = await database.db.selectFrom('people').select('id').where('staff_no', '=', 'S010').executeTakeFirstOrThrow()
    const now = new Date().toISOString()
    await database.db
      .insertInto('exemptions')
      .values({ period_id: '2025-Q1', person_id: person.id, indicator_code: 'J2', evaluation: '经集体研究认定', reason: '先行先试出现偏差', decided_by: 'tester', decided_at: now, appeal_id: null })
      .execute()
    await database.db.insertInto('grade_overrides').values({ period_id: '2025-Q1', person_id: person.id, grade: '一般', reason: '委员会复议', decided_by: 'tester', decided_at: now }).execute()
    await call('results-compute', { period: '2025-Q1' })
    const e = await explain('S010')
    const exemption = e.adjustments.find((a) => a.kind === 'exemption')
    expect(exemption).toMatchObject({ item: e.indicators.find((i) => i.code === 'J2')?.name, reason: '经集体研究认定；先行先试出现偏差' })
    expect(e.indicators.find((i) => i.code === 'J2')).toMatchObject({ exempted: true, score: null, effectiveWeight: 0 })
    expect(e.adjustments.find((a) => a.kind === 'override')).toMatchObject({ reason: '委员会复议' })
    expect(e.grade).toBe('一般')
    expect(e.grade).not.toBe(e.proposedGrade)
    const dims = e.indicators.filter((i) => i.depth === 0 && i.contribution !== null)
    expect(dims.reduce((s, i) => s + (i.contribution as number), 0)).toBeCloseTo(e.weightedTotal as number, 9)
    expect(e.rules.some((r) => r.includes('不一致'))).toBe(false)
  })

  it('says so when the data changed after the computation, rather than explaining other numbers silently', async () => {
    const person = await database.db.selectFrom('people').select('id').where('staff_no', '=', 'S006').executeTakeFirstOrThrow()
    await database.db.updateTable('ratings').set({ score: 0 }).where('person_id', '=', person.id).where('role', '=', '自评').execute()
    const e = await explain('S006')
    expect(e.totalRounded).toBe(99.28) // what was published
    expect(e.rules[0]).toContain('99.28')
    expect(e.rules[0]).toContain('请重新计算')
  })
})
