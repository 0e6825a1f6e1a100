import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportResult, RatingsPreview } from '../../shared/contract'
import { fixturesDir } from '../support/temp-dir'
import type { ImportBackend } from '../support/import-backend'
import { errorsOf, inputsBackend } from './inputs-setup'

const lo = (name: string) => ({ fileName: name, dataBase64: fs.readFileSync(path.join(fixturesDir, 'libreoffice', name)).toString('base64') })

describe('workbooks saved by LibreOffice Calc', () => {
  let k: ImportBackend
  beforeAll(async () => {
    k = await inputsBackend('libreoffice')
  })
  afterAll(async () => k.close())

  it('imports a two-sheet wide 评分表 re-saved by Calc to the expected ratings', async () => {
    const file = lo('wide-ratings-lo.xlsx')
    const preview = await k.ok<RatingsPreview>('ratings-import-preview', { period: '2025-Q1', file })
    expect(errorsOf(preview)).toEqual([])
    expect(preview.layout).toBe('wide')
    const result = await k.ok<ImportResult>('ratings-import', { period: '2025-Q1', file })
    const rows = await k.db
      .selectFrom('ratings')
      .innerJoin('people', 'people.id', 'ratings.person_id')
      .innerJoin('indicators', 'indicators.id', 'ratings.indicator_id')
      .select(['people.staff_no', 'indicators.code', 'ratings.role', 'ratings.rater', 'ratings.score'])
      .where('ratings.batch_id', '=', result.batchId!)
      .orderBy('ratings.id')
      .execute()
    expect(rows).toEqual([
      { staff_no: 'S001', code: 'D1', role: '领导', rater: null, score: 91 },
      { staff_no: 'S001', code: 'N1', role: '领导', rater: null, score: 88 },
      { staff_no: '00123', code: 'D1', role: '领导', rater: null, score: 86 },
      { staff_no: '00123', code: 'N1', role: '领导', rater: null, score: 87 },
      { staff_no: '00123', code: 'J3', role: '领导', rater: null, score: 93 },
      { staff_no: 'S002', code: 'D1', role: '互评', rater: 'P1', score: 80 },
      { staff_no: 'S002', code: 'N1', role: '互评', rater: 'P1', score: 82 },
    ])
  })

  it('imports ballots whose staff number Calc turned into a number', async () => {
    const preview = await k.ok<RatingsPreview>('ballots-import-preview', { period: '2025-Q1', file: lo('ballots-lo.xlsx') })
    expect(errorsOf(preview)).toEqual([])
    expect(preview.notes).toContain('有 1 个工号在文件中丢失了前导零，已按名册补齐后匹配（如 123 → 00123）。')
    await k.ok('ballots-import', { period: '2025-Q1', file: lo('ballots-lo.xlsx') })
    const rows = await k.db.selectFrom('ballots').innerJoin('people', 'people.id', 'ballots.person_id').select(['people.staff_no', 'excellent', 'competent', 'basic', 'incompetent', 'unknown']).orderBy('source_row').execute()
    expect(rows).toEqual([
      { staff_no: '00123', excellent: 12, competent: 6, basic: 1, incompetent: 0, unknown: 3 },
      { staff_no: 'S004', excellent: 8, competent: 10, basic: 2, incompetent: 1, unknown: 0 },
    ])
  })

  it('imports measured values saved by Calc', async () => {
    await k.ok('measures-import', { period: '2025-Q1', file: lo('measures-lo.xlsx') })
    const rows = await k.db.selectFrom('measures').innerJoin('people', 'people.id', 'measures.person_id').innerJoin('indicators', 'indicators.id', 'measures.indicator_id').select(['people.staff_no', 'indicators.code', 'actual']).orderBy('source_row').execute()
    expect(rows).toEqual([
      { staff_no: 'S001', code: 'J1', actual: 55 },
      { staff_no: 'S002', code: 'J2', actual: 2 },
      { staff_no: '00123', code: 'J1', actual: 40 },
    ])
  })
})
