import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importBackend, type ImportBackend } from '../support/import-backend'
import { fixtureFile } from '../support/temp-dir'
import type { EntryGrid, EntrySaveResult } from '../../shared/contract'

let k: ImportBackend
const P = '2025-Q1'

beforeAll(async () => {
  k = await importBackend('entry-grid')
  await k.ok('roster-import', { file: fixtureFile('roster.xlsx') })
  await k.ok('scheme-import', { file: fixtureFile('scheme.xlsx'), name: '平时考核2025' })
  await k.ok('period-create', { id: P, kind: 'quarter', scheme: '平时考核2025' })
  await k.ok('period-open', { id: P })
  await k.ok('ratings-import', { file: fixtureFile('ratings-2025-Q1.xlsx'), period: P })
}, 60_000)
afterAll(async () => k.close())

async function ratingsOf(staffNo: string, code: string, rater: string) {
  return k.db
    .selectFrom('ratings')
    .innerJoin('people', 'people.id', 'ratings.person_id')
    .innerJoin('indicators', 'indicators.id', 'ratings.indicator_id')
    .select(['ratings.score', 'ratings.batch_id'])
    .where('people.staff_no', '=', staffNo)
    .where('indicators.code', '=', code)
    .where('ratings.role', '=', '领导')
    .where('ratings.rater', '=', rater)
    .execute()
}

describe('entry grid backend', () => {
  it('loads the 评分 leaves with their path and the graded people with what applies to them', async () => {
    const grid = await k.ok<EntryGrid>('entry-load', { period: P, role: '领导', rater: 'L01' })
    expect(grid.indicators.map((i) => i.code)).toEqual(['D1', 'D2', 'N1', 'N2', 'Q1', 'J1', 'J2', 'J3', 'L1'])
    expect(grid.indicators.find((i) => i.code === 'J3')).toEqual({ code: 'J3', name: '一次办结率', path: ['绩'] })
    // 不定等次 (S004) is comment only: not in the grid
    expect(grid.rows).toHaveLength(36)
    const s001 = grid.rows.find((r) => r.staffNo === 'S001')!
    expect(s001.applicable).not.toContain('J3')
    expect(s001.scores.D1).toBe(92)
    expect(grid.rows.find((r) => r.staffNo === 'S025')!.applicable).toContain('J3')
  })

  it('saves valid cells, rejects each bad one with its reason', async () => {
    const r = await k.ok<EntrySaveResult>('entry-save', {
      period: P,
      role: '领导',
      rater: 'L09',
      cells: [
        { staffNo: 'S001', code: 'D1', score: 88.5 },
        { staffNo: 'S001', code: 'D2', score: 150 },
        { staffNo: 'S001', code: 'J3', score: 90 },
        { staffNo: 'S025', code: 'J3', score: 95 },
        { staffNo: 'X999', code: 'D1', score: 80 },
        { staffNo: 'S004', code: 'D1', score: 80 },
        { staffNo: 'S001', code: 'D', score: 80 },
      ],
    })
    expect(r.saved).toBe(2)
    expect(r.changed).toBe(2)
    expect(r.rejected).toEqual([
      { staffNo: 'S001', code: 'D2', reason: '分数须在 0 到 100 之间（收到 150）' },
      { staffNo: 'S001', code: 'J3', reason: '此指标不适用于此人' },
      { staffNo: 'X999', code: 'D1', reason: '考核周期中没有此人（或不参加考核）' },
      { staffNo: 'S004', code: 'D1', reason: '考核周期中没有此人（或不参加考核）' },
      { staffNo: 'S001', code: 'D', reason: '没有这个评分指标' },
    ])
    expect(await ratingsOf('S001', 'D1', 'L09')).toEqual([{ score: 88.5, batch_id: null }])
    expect(await ratingsOf('S025', 'J3', 'L09')).toEqual([{ score: 95, batch_id: null }])
    const audit = await k.db.selectFrom('audit_log').selectAll().where('method', '=', 'entry-save').execute()
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ entity: 'ratings-entry', entity_id: P })
    expect(JSON.parse(audit[0].before!).cells).toEqual([
      { staffNo: 'S001', code: 'D1', score: null },
      { staffNo: 'S025', code: 'J3', score: null },
    ])
    expect(JSON.parse(audit[0].after!).cells).toEqual([
      { staffNo: 'S001', code: 'D1', score: 88.5 },
      { staffNo: 'S025', code: 'J3', score: 95 },
    ])
  })

  it('a second save of the same cells changes nothing', async () => {
    const before = await k.db.selectFrom('ratings').select(['id', 'score']).orderBy('id').execute()
    const r = await k.ok<EntrySaveResult>('entry-save', {
      period: P,
      role: '领导',
      rater: 'L09',
      cells: [
        { staffNo: 'S001', code: 'D1', score: 88.5 },
        { staffNo: 'S025', code: 'J3', score: 95 },
      ],
    })
    expect(r).toEqual({ saved: 2, changed: 0, rejected: [] })
    expect(await k.db.selectFrom('ratings').select(['id', 'score']).orderBy('id').execute()).toEqual(before)
    const entries = await k.db.selectFrom('audit_log').select('entity').where('entity', '=', 'ratings-entry').execute()
    expect(entries).toHaveLength(1)
  })

  it('updates an imported rating in place of the file value, and null deletes it', async () => {
    await k.ok('entry-save', { period: P, role: '领导', rater: 'L01', cells: [{ staffNo: 'S001', code: 'D1', score: 70 }] })
    expect(await ratingsOf('S001', 'D1', 'L01')).toEqual([{ score: 70, batch_id: null }])
    const grid = await k.ok<EntryGrid>('entry-load', { period: P, role: '领导', rater: 'L01' })
    expect(grid.rows.find((r) => r.staffNo === 'S001')!.scores.D1).toBe(70)

    const r = await k.ok<EntrySaveResult>('entry-save', { period: P, role: '领导', rater: 'L01', cells: [{ staffNo: 'S001', code: 'D1', score: null }] })
    expect(r).toEqual({ saved: 1, changed: 1, rejected: [] })
    expect(await ratingsOf('S001', 'D1', 'L01')).toEqual([])
    const again = await k.ok<EntrySaveResult>('entry-save', { period: P, role: '领导', rater: 'L01', cells: [{ staffNo: 'S001', code: 'D1', score: null }] })
    expect(again.changed).toBe(0)
  })

  it('refuses an unknown rater role and an unknown period', async () => {
    expect((await k.refused('entry-save', { period: P, role: '局长', rater: 'L01', cells: [] })).code).toBe('invalid-input')
    expect((await k.refused('entry-load', { period: '2025-Q2', role: '领导', rater: 'L01' })).code).toBe('not-found')
  })
})
