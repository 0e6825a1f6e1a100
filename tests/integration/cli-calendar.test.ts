import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Notice, OfficeCalendar } from '../../shared/contract/notice'
import type { Period, PersonStages } from '../../shared/contract'
import { importBackend, type ImportBackend } from '../support/import-backend'
import { seedFixture2025Q1 } from '../support/seed-fixture-2025-q1'
import { cli } from '../support/run-cli'

const P = '2025-Q1'

async function approvedSample(): Promise<ImportBackend> {
  const k = await importBackend('cli-calendar')
  await seedFixture2025Q1(k.backend.database)
  await k.ok('results-compute', { period: P })
  const people = await k.ok<PersonStages[]>('stages-list', { period: P })
  const graded = people.filter((s) => s.status === '参加').map((s) => s.staffNo)
  const all = people.filter((s) => s.status !== '不参加').map((s) => s.staffNo)
  await k.ok('stages-record', { period: P, staffNos: graded, payload: { stage: 'self', text: '本季度完成了各项任务。', date: '2025-03-28' } })
  await k.ok('stages-record', { period: P, staffNos: graded, payload: { stage: 'peer' } })
  await k.ok('stages-record', { period: P, staffNos: all, payload: { stage: 'leader', comment: '工作认真负责。' } })
  await k.ok('period-advance', { id: P })
  await k.ok('stages-record', { period: P, staffNos: all, payload: { stage: 'committee' } })
  expect((await k.ok<Period>('period-advance', { id: P })).status).toBe('approved')
  return k
}

describe('the built-in national calendar through `kaohe calendar show` and the notice', () => {
  let k: ImportBackend
  beforeAll(async () => {
    k = await approvedSample()
  }, 60_000)
  afterAll(async () => k.close())

  it('2026 as published by 国务院办公厅, sorted ISO dates', async () => {
    const run = await cli(k.backend.database.path, 'calendar', 'show', '--year', '2026', '--json')
    expect(run.code).toBe(0)
    expect(run.err).toBe('')
    expect(JSON.parse(run.out)).toEqual({
      holidays: [
        '2026-01-01', '2026-01-02', '2026-01-03',
        '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23',
        '2026-04-04', '2026-04-05', '2026-04-06',
        '2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05',
        '2026-06-19', '2026-06-20', '2026-06-21',
        '2026-09-25', '2026-09-26', '2026-09-27',
        '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07',
      ],
      workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
    })
    const table = await cli(k.backend.database.path, 'calendar', 'show', '--year', '2026')
    expect(table.out).toContain('2026 年节假日安排（国家安排（内置））')
    expect(table.out).toContain('2026-10-10\t调休上班\t国庆节调休')
  })

  it('a year nobody entered: both lists empty, exit 0, said on stderr', async () => {
    const run = await cli(k.backend.database.path, 'calendar', 'show', '--year', '2027', '--json')
    expect(run.code).toBe(0)
    expect(JSON.parse(run.out)).toEqual({ holidays: [], workdays: [] })
    expect(run.err).toContain('2027 年的节假日安排尚未录入')
    const bad = await cli(k.backend.database.path, 'calendar', 'show', '--year', '二〇二七')
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('四位年份')
  })

  it('a year the office entered is the office\'s, whole', async () => {
    await k.ok<OfficeCalendar>('calendar-set', { holidays: [{ date: '2027-01-01', name: '元旦' }], makeUpDays: [] })
    const run = await cli(k.backend.database.path, 'calendar', 'show', '--year', '2027', '--json')
    expect(JSON.parse(run.out)).toEqual({ holidays: ['2027-01-01'], workdays: [] })
    expect(run.err).toBe('')
    await k.ok<OfficeCalendar>('calendar-set', { holidays: [], makeUpDays: [] })
  })

  it('warns when the count runs into a year with no calendar', async () => {
    expect(await k.ok('notice-end-date', { startDate: '2026-12-28' })).toEqual({ startDate: '2026-12-28', endDate: '2027-01-01', workingDays: 5, uncoveredYears: [2027] })
  })

  it('a 5-working-day notice from 2026-09-24 ends on 2026-10-08, through the real notice-publish', async () => {
    expect(await k.ok('notice-end-date', { startDate: '2026-09-24' })).toEqual({ startDate: '2026-09-24', endDate: '2026-10-08', workingDays: 5, uncoveredYears: [] })
    const run = await cli(k.backend.database.path, 'notice', '--period', P, '--start', '2026-09-24', '--days', '5', '--json')
    expect(run.code).toBe(0)
    expect(run.err).toBe('')
    const notice = JSON.parse(run.out) as Notice
    expect(notice).toMatchObject({ startDate: '2026-09-24', endDate: '2026-10-08', workingDays: 5, uncoveredYears: [] })
    const stored = await k.db.selectFrom('notices').selectAll().where('period_id', '=', P).executeTakeFirstOrThrow()
    expect(stored.end_date).toBe('2026-10-08')
  })
})
