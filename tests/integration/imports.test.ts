import { plainText } from '../../shared/i18n/office-text'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Department, ImportPreview, ImportResult, Person, RatingSummary, Scheme } from '../../shared/contract'
import { fixtureFile, fixturesDir } from '../support/temp-dir'
import { importBackend, type ImportBackend } from '../support/import-backend'
import { addSheet, asFile, xlsxBytes } from '../support/import-workbooks'
import { shownProblem } from '../support/shown-problem'

describe('imports through the real dispatch', () => {
  let k: ImportBackend
  beforeAll(async () => {
    k = await importBackend('imports')
  })
  afterAll(async () => k.close())

  it('previews the roster without writing, then imports 37 people in 6 departments', async () => {
    const file = fixtureFile('roster.xlsx')
    const preview = await k.ok<ImportPreview>('roster-import-preview', { file })
    expect(preview).toMatchObject({ ok: true, sheet: '人员名册', headerRow: 1, dataRows: 37, adds: 37, changes: 0, unchanged: 0, problems: [] })
    expect(preview.fileHash).toMatch(/^[0-9a-f]{64}$/)
    expect(preview.columns.find((c) => c.column === 'A')).toEqual({ column: 'A', header: '工号', field: 'staffNo', fieldLabel: '工号' })
    expect((await k.counts()).people).toBe(0)

    const result = await k.ok<ImportResult>('roster-import', { file })
    expect(result.written).toBe(37)
    const people = await k.ok<Person[]>('roster-list', {})
    expect(people).toHaveLength(37)
    const org = await k.ok<Department[]>('org-list', {})
    expect(org).toHaveLength(6)
    expect(org.reduce((n, d) => n + d.headcount, 0)).toBe(37)
    expect(people.find((p) => p.staffNo === 'S004')).toMatchObject({ name: '吴艳', status: '不定等次', statusReason: '新录用试用期', isLeader: false })
    expect(people.find((p) => p.staffNo === 'S001')).toMatchObject({ isLeader: true, department: '党政办公室', positionClass: '综合管理' })
    const audits = await k.db.selectFrom('audit_log').selectAll().where('method', '=', 'roster-import').execute()
    expect(audits.filter((a) => a.entity === 'person')).toHaveLength(37)
    expect(audits.filter((a) => a.entity === 'department')).toHaveLength(6)
  })

  it('re-importing the same roster changes nothing; a changed row is an audited change', async () => {
    const same = await k.ok<ImportPreview>('roster-import-preview', { file: fixtureFile('roster.xlsx') })
    expect(same).toMatchObject({ adds: 0, changes: 0, unchanged: 37 })
    const bytes = await xlsxBytes((wb) =>
      addSheet(wb, '名册', [
        ['工号', '姓名', '部门', '领导班子'],
        ['S002', '吕磊泽', '党政办公室/综合组', '是'],
      ]),
    )
    const preview = await k.ok<ImportPreview>('roster-import-preview', { file: asFile('change.xlsx', bytes) })
    expect(preview).toMatchObject({ adds: 0, changes: 1, unchanged: 0, ok: true })
    expect(preview.notes.map(plainText)).toContain('将新建部门 1 个：党政办公室/综合组')
    expect(preview.notes).toContain('名册中另有 36 人不在本文件中，保持不变。')
    await k.ok('roster-import', { file: asFile('change.xlsx', bytes) })
    const p = (await k.ok<Person[]>('roster-list', { search: '吕磊泽' }))[0]
    expect(p).toMatchObject({ department: '党政办公室/综合组', isLeader: true, positionClass: '综合管理' })
    const dept = await k.db.selectFrom('departments').selectAll().where('path', '=', '党政办公室/综合组').executeTakeFirstOrThrow()
    const parent = await k.db.selectFrom('departments').selectAll().where('path', '=', '党政办公室').executeTakeFirstOrThrow()
    expect(dept).toMatchObject({ name: '综合组', parent_id: parent.id })
    const audit = await k.db.selectFrom('audit_log').selectAll().where('entity', '=', 'person').where('entity_id', '=', 'S002').orderBy('id', 'desc').executeTakeFirstOrThrow()
    expect(JSON.parse(audit.before!)).toMatchObject({ department: '党政办公室', isLeader: false })
    expect(JSON.parse(audit.after!)).toMatchObject({ department: '党政办公室/综合组', isLeader: true })
    // put S002 back so the ratings below meet the fixture roster
    await k.ok('roster-import', { file: fixtureFile('roster.xlsx') })
  })

  it('refuses a roster with problems, naming every one, and writes nothing', async () => {
    const before = await k.counts()
    const bytes = await xlsxBytes((wb) =>
      addSheet(wb, '名册', [
        ['工号', '姓名', '部门', '考核状态', '领导班子'],
        ['N1', '新人甲', '新部门', '参加', '否'],
        ['N1', '新人乙', '新部门', '参加', '否'],
        ['N3', null, '新部门', '请假', '也许'],
      ]),
    )
    const err = await k.refused('roster-import', { file: asFile('bad-roster.xlsx', bytes) })
    expect(err.code).toBe('bad-file')
    expect(err.message).toMatch(/^文件中有 4 处错误，未写入任何数据。/)
    expect(err.problems?.map(shownProblem)).toEqual([
      '第 3 行“工号”列（A 列）：工号“N1”与第 2 行重复',
      '第 4 行“姓名”列（B 列）：不能为空',
      '第 4 行“考核状态”列（D 列）：“请假”不是可用的值，可填：参加、不定等次、不参加',
      '第 4 行“领导班子”列（E 列）：“也许”不是可用的值，可填：是、否',
    ])
    expect(await k.counts()).toEqual(before)
  })

  it('imports the indicator scheme: weights as fractions, scope as a list, file order kept', async () => {
    const file = fixtureFile('scheme.xlsx')
    const preview = await k.ok<ImportPreview>('scheme-import-preview', { file, name: '平时考核2025' })
    expect(preview).toMatchObject({ ok: true, adds: 14, problems: [] })
    const result = await k.ok<ImportResult>('scheme-import', { file, name: '平时考核2025' })
    expect(result.written).toBe(14)
    const scheme = await k.ok<Scheme>('scheme-get', { name: '平时考核2025' })
    expect(scheme).toMatchObject({ version: 1, status: 'draft', indicatorCount: 14 })
    expect(scheme.indicators.map((i) => i.code)).toEqual(['D', 'D1', 'D2', 'N', 'N1', 'N2', 'Q', 'Q1', 'J', 'J1', 'J2', 'J3', 'L', 'L1'])
    expect(scheme.indicators.find((i) => i.code === 'D')).toMatchObject({ weight: 0.15, parentCode: null, nature: '质量', mode: '评分' })
    expect(scheme.indicators.find((i) => i.code === 'J3')).toMatchObject({ weight: 0.2, layer: '个性', scope: ['窗口服务'], parentCode: 'J' })
    const again = await k.refused('scheme-import', { file, name: '平时考核2025' })
    expect(again.code).toBe('conflict')
    expect(again.message).toContain('指标体系“平时考核2025”已经存在，未写入任何数据')
  })

  it('checks a scheme tree: every error located, weight sums only warned', async () => {
    const before = await k.counts()
    const bytes = await xlsxBytes((wb) =>
      addSheet(wb, '指标', [
        ['编码', '名称', '上级编码', '权重', '类型', '性质', '计分方式', '方向'],
        ['A', '甲', null, '60%', '共性', '质量', '评分', null],
        ['A1', '甲一', 'A', 0.5, '共性', '数量', '评分', null],
        ['A1', '重复', 'A', 0.5, '共性', '数量', '评分', null],
        ['B', '乙', 'ZZ', '四十', '特殊', '好坏', '打分', '越大越好'],
        ['C1', '丙一', 'C2', 10, null, null, '猜', '向上'],
        ['C2', '丙二', 'C1', 10, null, null, null, null],
      ]),
    )
    const preview = await k.ok<ImportPreview>('scheme-import-preview', { file: asFile('bad-scheme.xlsx', bytes), name: '坏方案' })
    const errors = preview.problems.filter((p) => p.severity === 'error').map(shownProblem)
    expect(errors).toEqual([
      '第 4 行“编码”列（A 列）：编码“A1”与第 3 行重复',
      '第 5 行“上级编码”列（C 列）：上级编码“ZZ”在本表中不存在',
      '第 5 行“权重”列（D 列）：“四十”不是数字',
      '第 5 行“类型”列（E 列）：“特殊”不是可用的值，可填：共性、个性、动态',
      '第 5 行“性质”列（F 列）：“好坏”不是可用的值，可填：数量、质量',
      '第 6 行“上级编码”列（C 列）：上级编码形成循环：C1 → C2 → C1',
      '第 6 行“计分方式”列（G 列）：“猜”不是可用的值，可填：评分、票决、目标、加减分、否决',
      '第 6 行“方向”列（H 列）：“向上”不是可用的值，可填：越高越好、越低越好',
    ])
    expect(preview.problems.filter((p) => p.severity === 'warning').map(shownProblem)).toContain(
      '第 2 行“权重”列（D 列）：顶层指标的权重合计 60%，不是 100%。可以先导入，再在指标表格中调整。',
    )
    const err = await k.refused('scheme-import', { file: asFile('bad-scheme.xlsx', bytes), name: '坏方案' })
    expect(err.code).toBe('bad-file')
    expect(err.problems?.filter((p) => p.severity === 'error')).toHaveLength(8)
    expect(await k.counts()).toEqual(before)
  })

  it('imports the 2025-Q1 ratings into a period, in one batch with source rows, and summarises them', async () => {
    await k.ok('period-create', { id: '2025-Q1', kind: 'quarter', scheme: '平时考核2025' })
    const file = fixtureFile('ratings-2025-Q1.xlsx')
    const preview = await k.ok<ImportPreview>('ratings-import-preview', { period: '2025-Q1', file })
    expect(preview).toMatchObject({ ok: true, dataRows: 2416, adds: 2416, problems: [] })
    const result = await k.ok<ImportResult>('ratings-import', { period: '2025-Q1', file })
    expect(result.written).toBe(2416)
    const batch = await k.db.selectFrom('import_batches').selectAll().where('id', '=', result.batchId!).executeTakeFirstOrThrow()
    expect(batch).toMatchObject({ kind: 'ratings', period_id: '2025-Q1', file_name: 'ratings-2025-Q1.xlsx', rows: 2416, file_hash: preview.fileHash })
    const first = await k.db.selectFrom('ratings').selectAll().where('source_row', '=', 2).executeTakeFirstOrThrow()
    expect(first).toMatchObject({ batch_id: result.batchId, role: '领导', rater: 'L01', score: 92 })
    const summary = await k.ok<RatingSummary[]>('ratings-summary', { period: '2025-Q1' })
    const d1 = summary.filter((s) => s.staffNo === 'S001' && s.indicatorCode === 'D1')
    expect(d1.map((s) => [s.role, s.count, s.mean])).toEqual(
      expect.arrayContaining([
        ['领导', 2, 89.5],
        ['互评', 6, (88 + 88 + 91 + 89 + 92 + 84) / 6],
        ['自评', 1, 98],
      ]),
    )
    expect(summary.reduce((n, s) => n + s.count, 0)).toBe(2416)
  })

  it('refuses the same file twice for a period, writing nothing', async () => {
    const before = await k.counts()
    const err = await k.refused('ratings-import', { period: '2025-Q1', file: fixtureFile('ratings-2025-Q1.xlsx') })
    expect(err.code).toBe('conflict')
    expect(err.message).toMatch(/^这个文件已于 \d{4}-\d{2}-\d{2} 导入到考核周期 2025-Q1（“ratings-2025-Q1.xlsx”），本次未写入任何数据。$/)
    expect(await k.counts()).toEqual(before)
  })

  it('refuses ratings-bad.xlsx with all five problems located, and writes nothing', async () => {
    // a period without ratings yet: in 2025-Q1, row 2 would also repeat an imported rating
    await k.ok('period-create', { id: '2025-Q2', kind: 'quarter', scheme: '平时考核2025' })
    const before = await k.counts()
    const err = await k.refused('ratings-import', { period: '2025-Q2', file: fixtureFile('ratings-bad.xlsx') })
    expect(err.code).toBe('bad-file')
    const errors = (err.problems ?? []).filter((p) => p.severity === 'error')
    expect(errors.map((p) => [p.sheet, p.row, p.column, p.columnName])).toEqual([
      ['评分明细', 3, 'E', '评价人'],
      ['评分明细', 4, 'F', '分数'],
      ['评分明细', 5, 'A', '工号'],
      ['评分明细', 6, 'F', '分数'],
      ['评分明细', 7, 'D', '评价主体'],
    ])
    expect(errors.map(shownProblem)).toEqual([
      '第 3 行“评价人”列（E 列）：与第 2 行重复（同一人、同一指标、同一评价主体和评价人）',
      '第 4 行“分数”列（F 列）：“良好”不是数字',
      '第 5 行“工号”列（A 列）：工号“X9999”在人员名册中不存在',
      '第 6 行“分数”列（F 列）：分数 150 超出 0–100',
      '第 7 行“评价主体”列（D 列）：评价主体“上级”无法识别，可填：领导、互评、自评、群众',
    ])
    expect(err.message).toMatch(/^文件中有 5 处错误，未写入任何数据。第一处：工作表“评分明细”第 3 行/)
    expect(await k.counts()).toEqual(before)
  })

  it('reports progress by stage, and a cancel while writing leaves nothing behind', async () => {
    await k.ok('period-create', { id: '2025-Q3', kind: 'quarter', scheme: '平时考核2025' })
    const before = await k.counts()
    const stages = new Set<string>()
    const abort = new AbortController()
    const outcome = await k.backend.dispatcher.call(
      k.credential,
      'ratings-import',
      { period: '2025-Q3', file: fixtureFile('ratings-2025-Q1.xlsx') },
      {
        signal: abort.signal,
        onProgress: (e) => {
          stages.add(e.stage)
          if (e.stage === 'progress.writing') abort.abort()
        },
      },
    )
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) expect(outcome.error.code).toBe('cancelled')
    // the automatic backup before the commit comes first (core/backups/automatic.ts)
    expect([...stages]).toEqual(['progress.backup', 'progress.reading', 'progress.checking', 'progress.writing'])
    expect(await k.counts()).toEqual(before)
  })

  it('refuses a rating that repeats one imported earlier into the period', async () => {
    const err = await k.refused('ratings-import', { period: '2025-Q1', file: fixtureFile('ratings-bad.xlsx') })
    expect(shownProblem(err.problems![0])).toBe('第 2 行“评价人”列（E 列）：与已导入的评分重复（“ratings-2025-Q1.xlsx”第 2 行）')
  })

  it('skips, with a warning, a rating for an individual indicator that does not apply to the person', async () => {
    const bytes = await xlsxBytes((wb) =>
      addSheet(wb, '评分', [
        ['工号', '指标名称', '评价主体', '评价人', '分数'],
        ['S001', '一次办结率', '领导', 'L09', 90],
        ['S001', '政治素质', '领导评价', 'L09', 91],
      ]),
    )
    const preview = await k.ok<ImportPreview>('ratings-import-preview', { period: '2025-Q1', file: asFile('extra.xlsx', bytes) })
    expect(preview.ok).toBe(true)
    expect(preview.adds).toBe(1)
    expect(preview.problems).toEqual([
      expect.objectContaining({ severity: 'warning', row: 2, column: 'B', message: expect.stringContaining('只适用于 窗口服务，不适用于 罗强洋') }),
    ])
  })

  it('refuses ratings for a period the committee has approved', async () => {
    await k.db.updateTable('periods').set({ status: 'approved' }).where('id', '=', '2025-Q3').execute()
    const err = await k.refused('ratings-import-preview', { period: '2025-Q3', file: fixtureFile('ratings-2025-Q1.xlsx') })
    expect(err).toMatchObject({ code: 'frozen', message: '考核周期 2025-Q3 当前状态为“已审定”，不能再导入评分；审定后的更正只能通过复核或申诉办理。' })
    await k.db.updateTable('periods').set({ status: 'draft' }).where('id', '=', '2025-Q3').execute()
  })

  it('refuses a ratings import for a period that does not exist', async () => {
    const err = await k.refused('ratings-import-preview', { period: '2030-Q1', file: fixtureFile('ratings-bad.xlsx') })
    expect(err.code).toBe('not-found')
  })

  it('imports a UTF-8 CSV roster (with BOM), keeping staff numbers as written', async () => {
    const csv = '\ufeff工号,姓名,部门,岗位类别\r\n00123,"钱 多多",城管局/执法一队,行政执法\r\n00124,孙小,城管局/执法二队,行政执法\r\n'
    const result = await k.ok<ImportResult>('roster-import', { file: asFile('新人.csv', Buffer.from(csv, 'utf8')) })
    expect(result.preview).toMatchObject({ sheet: '新人', adds: 2, ok: true })
    expect(result.preview.notes).toContain('文本编码：UTF-8（带 BOM）')
    const people = await k.ok<Person[]>('roster-list', { search: '城管局' })
    expect(people.map((p) => [p.staffNo, p.name, p.department])).toEqual([
      ['00123', '钱多多', '城管局/执法一队'],
      ['00124', '孙小', '城管局/执法二队'],
    ])
    const org = await k.ok<Department[]>('org-list', {})
    expect(org.find((d) => d.path === '城管局')).toMatchObject({ name: '城管局', parentId: null, headcount: 2 })
  })

  it('gives clear messages for a random binary file and an .xls, never an internal error', async () => {
    const noise = Buffer.alloc(2048)
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 131 + 7) % 256
    const a = await k.refused('roster-import', { file: asFile('名册.xlsx', noise) })
    expect(a).toMatchObject({ code: 'bad-file', message: '不是可识别的电子表格文件。请导入 .xlsx 或 .csv 文件。' })
    const xls = fs.readFileSync(path.join(fixturesDir, 'corpus/A4X_2013.xls'))
    const b = await k.refused('roster-import-preview', { file: asFile('名册.xls', xls) })
    expect(b).toMatchObject({ code: 'bad-file', message: '旧版 .xls 格式，请在 Excel/WPS 中另存为 .xlsx 后再导入。' })
  })
})
