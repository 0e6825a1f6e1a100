import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ExportedFile, ImportPreview, ImportResult, RatingsPreview, RememberedColumns, SchemePreview } from '../../shared/contract'
import type { ImportBackend } from '../support/import-backend'
import { addSheet, asFile, xlsxBytes } from '../support/import-workbooks'
import { signInAs } from '../support/accounts'
import { inputsBackend } from './inputs-setup'

/** Long-layout ratings as a county office writes them: 指标代码, 测评主体, 打分人, 被考核人. */
const officeRatings = () =>
  xlsxBytes((wb) =>
    addSheet(wb, '评分', [
      ['2025年第一季度平时考核评分明细'],
      ['工号', '被考核人', '指标代码', '测评主体', '打分人', '得分'],
      ['S001', '张三', 'D1', '领导', 'L01', 90],
      ['S002', '李四', 'D1', '领导', 'L01', 85],
    ]),
  )

/** A roster whose staff-number column has a header no synonym knows, and one column nobody needs. */
const oddRoster = (extra = '') =>
  xlsxBytes((wb) =>
    addSheet(wb, '名册', [
      ['职工代码', '姓名', '部门', '内部备用' + extra],
      ['S101', '钱七', '办公室', 'x'],
      ['S102', '孙八', '办公室', 'y'],
    ]),
  )

describe('headers offices write, columns mapped by hand, problems exported', () => {
  let k: ImportBackend
  beforeAll(async () => {
    k = await inputsBackend('columns')
  })
  afterAll(async () => k.close())

  it('synonyms: 指标代码, 测评主体, 打分人 and 被考核人 are read as 指标编码, 评价主体, 评价人 and 姓名', async () => {
    const preview = await k.ok<RatingsPreview>('ratings-import-preview', { file: asFile('评分.xlsx', await officeRatings()), period: '2025-Q1' })
    expect(preview.ok).toBe(true)
    expect(preview.layout).toBe('long')
    expect(preview.columns.map((c) => [c.header, c.field])).toEqual([
      ['工号', 'staffNo'],
      ['被考核人', 'name'],
      ['指标代码', 'indicatorCode'],
      ['测评主体', 'role'],
      ['打分人', 'rater'],
      ['得分', 'score'],
    ])
    const result = await k.ok<ImportResult>('ratings-import', { file: asFile('评分.xlsx', await officeRatings()), period: '2025-Q1' })
    expect(result.written).toBe(2)
    const raters = await k.db.selectFrom('ratings').select('rater').where('batch_id', '=', result.batchId).execute()
    expect(raters.map((r) => r.rater)).toEqual(['L01', 'L01'])
  })

  it('synonyms: 评价类型 and 评分人, 评价人员 name the role and the rater too', async () => {
    for (const [role, rater] of [['评价类型', '评分人'], ['评价主体', '评价人员']]) {
      const bytes = await xlsxBytes((wb) => addSheet(wb, '评分', [['工号', '指标编码', role, rater, '分数'], ['S001', 'N1', '领导', 'L02', 80]]))
      const preview = await k.ok<ImportPreview>('ratings-import-preview', { file: asFile('b.xlsx', bytes), period: '2025-Q1' })
      expect(preview.columns.find((c) => c.header === role)?.field).toBe('role')
      expect(preview.columns.find((c) => c.header === rater)?.field).toBe('rater')
    }
  })

  it('a column mapped by hand is read as that field, and the choice is remembered for the same header row only', async () => {
    const file = asFile('名册.xlsx', await oddRoster())
    const before = await k.ok<ImportPreview>('roster-import-preview', { file })
    expect(before.ok).toBe(false)
    expect(before.columns.find((c) => c.header === '职工代码')?.field).toBeNull()
    expect(before.fieldChoices.map((f) => f.key)).toContain('staffNo')

    const columns = { 职工代码: 'staffNo', 内部备用: '' }
    const mapped = await k.ok<ImportPreview>('roster-import-preview', { file, columns })
    expect(mapped.ok).toBe(true)
    expect(mapped.adds).toBe(2)
    expect(mapped.columns.find((c) => c.header === '职工代码')?.field).toBe('staffNo')
    expect(mapped.columnChoices).toEqual(columns)
    // a preview remembers nothing
    expect((await k.ok<ImportPreview>('roster-import-preview', { file })).ok).toBe(false)

    const result = await k.ok<ImportResult>('roster-import', { file, columns })
    expect(result.written).toBe(2)
    const stored = await k.db.selectFrom('people').select(['staff_no', 'name']).where('staff_no', 'in', ['S101', 'S102']).execute()
    expect(stored.map((p) => p.name).sort()).toEqual(['孙八', '钱七'])
    const audit = await k.db.selectFrom('audit_log').selectAll().where('entity', '=', 'settings').where('entity_id', '=', 'import.columns/roster').execute()
    expect(audit).toHaveLength(1)

    // the next file with the same header row: read with the remembered choice, without being asked
    const next = await xlsxBytes((wb) => addSheet(wb, '名册', [['职工代码', '姓名', '部门', '内部备用'], ['S103', '周九', '办公室', 'z']]))
    const again = await k.ok<ImportPreview>('roster-import-preview', { file: asFile('下月名册.xlsx', next) })
    expect(again).toMatchObject({ ok: true, adds: 1, columnsRemembered: true, columnChoices: columns })
    expect(again.notes.some((n) => n.includes('上次导入同样表头'))).toBe(true)

    // another header row starts without it
    const other = await k.ok<ImportPreview>('roster-import-preview', { file: asFile('另一份.xlsx', await oddRoster('2')) })
    expect(other).toMatchObject({ ok: false, columnsRemembered: false, columnChoices: {} })
  })

  it('a choice naming no field of the kind is refused by the dispatch, nothing written', async () => {
    const file = asFile('名册.xlsx', await oddRoster('3'))
    const people = (await k.counts()).people
    const bad = await k.refused('roster-import', { file, columns: { 职工代码: 'salary' } })
    expect(bad.code).toBe('invalid-input')
    expect(bad.message).toContain('职工代码')
    const malformed = await k.refused('roster-import', { file, columns: { 职工代码: 42 } })
    expect(malformed.code).toBe('invalid-input')
    expect((await k.counts()).people).toBe(people)
  })

  it('a sysadmin lists and clears the remembered choices (audited); a clerk may not', async () => {
    const admin = await signInAs(k.backend.dispatcher, 'sysadmin')
    const listed = await k.backend.dispatcher.call(admin, 'import-columns-list', {})
    expect(listed.ok).toBe(true)
    const entries = (listed as { result: RememberedColumns[] }).result
    expect(entries.map((e) => [e.kind, e.headers])).toEqual([['roster', ['职工代码', '姓名', '部门', '内部备用']]])
    expect((await k.call('import-columns-clear', {})).ok).toBe(false)
    const cleared = await k.backend.dispatcher.call(admin, 'import-columns-clear', {})
    expect(cleared).toMatchObject({ ok: true, result: { cleared: 1 } })
    const next = await xlsxBytes((wb) => addSheet(wb, '名册', [['职工代码', '姓名', '部门', '内部备用'], ['S104', '吴十', '办公室', 'z']]))
    expect((await k.ok<ImportPreview>('roster-import-preview', { file: asFile('再一份.xlsx', next) })).ok).toBe(false)
    const audit = await k.db.selectFrom('audit_log').selectAll().where('entity', '=', 'settings').where('entity_id', '=', 'import.columns').execute()
    expect(audit).toHaveLength(1)
  })

  it('every problem carries the value of its cell; the list exports to a workbook of 工作表/行/列/值/说明', async () => {
    const bytes = await xlsxBytes((wb) =>
      addSheet(wb, '评分', [
        ['工号', '指标编码', '评价主体', '分数'],
        ['S001', 'D1', '领导', '九十'],
        ['=HYPERLINK("x")', 'ZZ9', '领导', 80],
      ]),
    )
    const preview = await k.ok<ImportPreview>('ratings-import-preview', { file: asFile('坏评分.xlsx', bytes), period: '2025-Q1' })
    const score = preview.problems.find((p) => p.row === 2 && p.column === 'D')
    expect(score?.value).toBe('九十')
    const code = preview.problems.find((p) => p.row === 3 && p.column === 'B')
    expect(code?.value).toBe('ZZ9')
    // the explanation leaves the row and column to their own columns
    for (const p of preview.problems) expect(p.message).not.toMatch(new RegExp(`第 ?${p.row} ?行|${p.column} ?列`))

    const file = await k.ok<ExportedFile>('import-problems-export', { fileName: '坏评分.xlsx', problems: preview.problems })
    expect(file.fileName).toBe('坏评分-导入问题.xlsx')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer)
    const ws = wb.worksheets[0]
    expect(ws.name).toBe('导入问题')
    const rows: unknown[][] = []
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
    const header = rows.findIndex((r) => r[0] === '类别')
    expect(rows[header]).toEqual(['类别', '工作表', '行', '列', '值', '说明'])
    const body = rows.slice(header + 1)
    expect(body).toHaveLength(preview.problems.length)
    expect(body).toContainEqual(['错误', '评分', 2, 'D 列（分数）', '九十', score?.message])
    // a file's formula-like text stays text in the written cell
    const written = body.find((r) => r[1] === '评分' && r[2] === 3 && r[3] === 'A 列（工号）')
    if (written) expect(typeof written[4]).toBe('string')
  })

  it('a scheme previews without a name: the name is suggested from the title cell, else the sheet, else the file', async () => {
    const rows = [['编码', '名称', '权重'], ['A', '工作实绩', 100]]
    const titled = await xlsxBytes((wb) => addSheet(wb, 'Sheet1', [['2026年度机关平时考核指标体系'], ...rows]))
    const p1 = await k.ok<SchemePreview>('scheme-import-preview', { file: asFile('x.xlsx', titled) })
    expect(p1).toMatchObject({ ok: true, suggestedName: '2026年度机关平时考核指标体系' })
    const sheetNamed = await xlsxBytes((wb) => addSheet(wb, '执法队指标', rows))
    expect((await k.ok<SchemePreview>('scheme-import-preview', { file: asFile('x.xlsx', sheetNamed) })).suggestedName).toBe('执法队指标')
    const plain = await xlsxBytes((wb) => addSheet(wb, 'Sheet1', rows))
    expect((await k.ok<SchemePreview>('scheme-import-preview', { file: asFile('窗口单位体系.xlsx', plain) })).suggestedName).toBe('窗口单位体系')
    // the commit without a name takes the suggestion
    await k.ok<ImportResult>('scheme-import', { file: asFile('窗口单位体系.xlsx', plain) })
    const stored = await k.db.selectFrom('schemes').select('name').where('name', '=', '窗口单位体系').execute()
    expect(stored).toHaveLength(1)
  })
})
