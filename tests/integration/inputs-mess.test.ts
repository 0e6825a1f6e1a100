import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportPreview, ImportResult, RatingsPreview } from '../../shared/contract'
import { chooseIndicator } from '../../electron/core/inputs/choose-indicator'
import type { SchemeIndicator } from '../../electron/core/ratings/ratings-rows'
import { cli } from '../support/run-cli'
import type { ImportBackend } from '../support/import-backend'
import { addSheet, asFile, xlsxBytes } from '../support/import-workbooks'
import { tempDir } from '../support/temp-dir'
import { errorsOf, inputCounts, inputsBackend } from './inputs-setup'
import { shownProblem } from '../support/shown-problem'

describe('input imports take the real-world mess', () => {
  let k: ImportBackend
  beforeAll(async () => {
    k = await inputsBackend('mess')
  })
  afterAll(async () => k.close())

  it('reads ballots under a two-row header (票数 over the choices), columns in any order, blank rows, notes below', async () => {
    const bytes = await xlsxBytes((wb) =>
      addSheet(
        wb,
        '测评汇总',
        [
          ['单位：某局', null, null, null, null, null],
          ['姓名', '工号', '票数', '票数', '票数', '票数'],
          ['姓名', '工号', '不称职', '优秀', '称职', '基本称职'],
          ['赵六', 'Ｓ００４', 0, '3', { formula: 'B9', result: 4 } as never, null],
          [],
          ['张三', ' S001 ', 1, 2, 3, 4],
          ['说明：不了解票未统计'],
        ],
        ['A2:A3', 'B2:B3', 'C2:F2'],
      ),
    )
    const file = asFile('ballots-messy.xlsx', bytes)
    const preview = await k.ok<ImportPreview>('ballots-import-preview', { period: '2025-Q1', file })
    expect(errorsOf(preview)).toEqual([])
    expect(preview.headerRow).toBe(3)
    await k.ok('ballots-import', { period: '2025-Q1', file })
    const rows = await k.db.selectFrom('ballots').innerJoin('people', 'people.id', 'ballots.person_id').select(['people.staff_no', 'excellent', 'competent', 'basic', 'incompetent', 'unknown', 'source_row']).orderBy('source_row').execute()
    expect(rows).toEqual([
      { staff_no: 'S004', excellent: 3, competent: 4, basic: 0, incompetent: 0, unknown: 0, source_row: 4 },
      { staff_no: 'S001', excellent: 2, competent: 3, basic: 4, incompetent: 1, unknown: 0, source_row: 6 },
    ])
  })

  it('reads satisfaction by department with merged department cells and rates written as 92%, 0.8 and 70', async () => {
    const bytes = await xlsxBytes((wb) =>
      addSheet(
        wb,
        '满意度',
        [
          ['群众满意度统计（12345热线）'],
          ['部门', '工号', '满意率（%）'],
          ['政务服务中心/窗口一科', '00123', '92%'],
          [null, 'S004', 0.8],
          ['办公室', null, 70],
        ],
        ['A1:C1', 'A3:A4'],
      ),
    )
    const file = asFile('sat-dept.xlsx', bytes)
    const preview = await k.ok<ImportPreview>('satisfaction-import-preview', { period: '2025-Q1', file })
    expect(errorsOf(preview)).toEqual([])
    await k.ok('satisfaction-import', { period: '2025-Q1', file })
    const rows = await k.db.selectFrom('satisfaction').leftJoin('people', 'people.id', 'satisfaction.person_id').leftJoin('departments', 'departments.id', 'satisfaction.department_id').select(['people.staff_no', 'departments.path', 'rate']).orderBy('source_row').execute()
    expect(rows).toEqual([
      { staff_no: '00123', path: null, rate: 0.92 },
      { staff_no: 'S004', path: null, rate: 0.8 },
      { staff_no: null, path: '办公室', rate: 0.7 },
    ])
  })

  it('refuses an unknown department, a rate over 100 % and a repeated person, located, writing nothing; skips a person the item does not apply to', async () => {
    const csv = '\ufeff部门,工号,满意率\r\n不存在的科,,90\r\n,S001,120%\r\n,S002,90\r\n,S002,91\r\n'
    const before = await inputCounts(k)
    const err = await k.refused('satisfaction-import', { period: '2025-Q1', file: asFile('bad-sat.csv', Buffer.from(csv, 'utf8')), indicator: 'J3' })
    expect(err.problems?.map(shownProblem)).toEqual([
      '第 2 行“部门”列（A 列）：部门“不存在的科”不在组织机构中',
      '第 3 行“满意率”列（C 列）：“120%”不是有效的满意率（应为 0–100%）',
      // a warning, not a refusal: J3 is for window posts, so 李四's row is skipped
      '第 4 行“工号”列（B 列）：指标“J3 群众满意度”只适用于 窗口服务，不适用于 李四（综合管理，办公室），本行跳过',
      '第 5 行“工号”列（B 列）：与第 4 行重复（同一人或部门、同一指标）',
    ])
    expect(await inputCounts(k)).toEqual(before)
  })

  it('says a vote count is a formula without a saved result, and refuses the file', async () => {
    const bytes = await xlsxBytes((wb) => addSheet(wb, '测评', [['工号', '优秀', '称职'], ['S002', { formula: 'C2+1' } as never, 4]]))
    const before = await inputCounts(k)
    const err = await k.refused('ballots-import', { period: '2025-Q1', file: asFile('formula.xlsx', bytes) })
    expect(err.problems?.map((p) => `${p.severity} ${shownProblem(p)}`)).toEqual([
      'error 第 2 行“优秀”列（B 列）：公式 =C2+1 没有保存计算结果，请在 Excel/WPS 中打开、重新计算并保存后再导入',
    ])
    expect(await inputCounts(k)).toEqual(before)
  })

  it('replaces a ratings batch imported before, in one transaction, keeping the old rows in the audit', async () => {
    const one = await xlsxBytes((wb) => addSheet(wb, '领导评价', [['工号', 'D1', 'N1'], ['S001', 80, 81], ['S002', 70, null]]))
    const file = asFile('lead.xlsx', one)
    const first = await k.ok<ImportResult>('ratings-import', { period: '2025-Q1', file })
    expect(first.written).toBe(3)
    const again = await k.ok<RatingsPreview>('ratings-import-preview', { period: '2025-Q1', file })
    expect(again).toMatchObject({ ok: true, adds: 3, layout: 'wide' })
    expect(again.notes).toContain(`此文件已于 ${new Date().toISOString().slice(0, 10)} 导入（第 ${first.batchId} 批，3 行，“lead.xlsx”）；再次导入将替换该批数据。`)
    const before = await inputCounts(k)
    expect((await k.refused('ratings-import', { period: '2025-Q1', file })).code).toBe('conflict')
    expect(await inputCounts(k)).toEqual(before)
    const second = await k.ok<ImportResult>('ratings-import', { period: '2025-Q1', file, replace: true })
    expect(await inputCounts(k)).toMatchObject({ ratings: before.ratings, import_batches: before.import_batches })
    expect(await k.db.selectFrom('import_batches').select('id').where('id', '=', first.batchId!).executeTakeFirst()).toBeUndefined()
    const audit = await k.db.selectFrom('audit_log').selectAll().where('entity', '=', 'import_batch').where('entity_id', '=', String(second.batchId)).executeTakeFirstOrThrow()
    expect((JSON.parse(audit.before!) as { rows: { ratings: { score: number }[] } }).rows.ratings.map((r) => r.score)).toEqual([80, 81, 70])
  })

  it('asks which 票决 indicator when the scheme has two, and takes the one named', () => {
    const ind = (code: string, mode: string): SchemeIndicator => ({ id: code.length, code, name: `指标${code}`, layer: '共性', scope: [], isLeaf: true, mode, target: null, direction: '越高越好' })
    const list = [ind('D2', '票决'), ind('D33', '票决'), ind('N1', '评分')]
    expect(() => chooseIndicator(list, (i) => i.mode === '票决', undefined, '票数', '体系')).toThrow('有多个指标可接收票数（D2 指标D2、D33 指标D33），请用 --indicator 指定指标编码。')
    expect(chooseIndicator(list, (i) => i.mode === '票决', 'd33', '票数', '体系').code).toBe('D33')
    expect(() => chooseIndicator([ind('N1', '评分')], (i) => i.mode === '票决', undefined, '票数', '体系')).toThrow('指标体系“体系”中没有可接收票数的指标，未导入任何数据。')
  })
})

describe('CLI: import ballots | satisfaction | measures', () => {
  it('imports ballots with --indicator and refuses a repeat until --replace', async () => {
    const k = await inputsBackend('cli-inputs')
    const dbPath = k.backend.database.path
    const tmp = tempDir('kaohe-cli-inputs-')
    try {
      const file = path.join(tmp.dir, 'ballots.xlsx')
      const bytes = await xlsxBytes((wb) => addSheet(wb, '测评', [['工号', '优秀', '称职'], ['S001', 3, 1]]))
      fs.writeFileSync(file, bytes)
      const run = await cli(dbPath, 'import', 'ballots', file, '--period', '2025-Q1', '--indicator', 'D2', '--json')
      expect(run.code).toBe(0)
      expect(JSON.parse(run.out)).toMatchObject({ written: 1 })
      const again = await cli(dbPath, 'import', 'ballots', file, '--period', '2025-Q1')
      expect(again.code).not.toBe(0)
      expect(again.err).toContain('这个文件已于')
      const replaced = await cli(dbPath, 'import', 'ballots', file, '--period', '2025-Q1', '--json', '--replace')
      expect(replaced.code).toBe(0)
    } finally {
      tmp.cleanup()
      await k.close()
    }
  })
})
