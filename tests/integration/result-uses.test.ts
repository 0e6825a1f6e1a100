import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import type { ExportedFile, PenaltyEntry, ResultUses, UseItem, UseListKind } from '../../shared/contract'
import { importBackend, type ImportBackend } from '../support/import-backend'
import { addSheet, asFile, xlsxBytes } from '../support/import-workbooks'
import { cli } from '../support/run-cli'
import { tempDir } from '../support/temp-dir'
import path from 'node:path'

const dims = ['德', '能', '勤', '绩', '廉'] as const
type Scores = [number, number, number, number, number]

// the 2025 annual results as the committee left them, with the full-precision dimension scores
const annual2025: [string, string, Scores][] = [
  ['A001', '优秀', [90, 92, 88, 95, 90]],
  ['A002', '优秀', [88, 90, 86, 93, 92]],
  ['A003', '基本称职', [80, 70, 84, 75, 88]],
  ['B001', '不称职', [70, 65, 72, 60, 80]],
  ['B002', '不称职', [75, 72, 70, 66, 85]],
  ['B003', '称职', [82, 80, 78, 81, 86]],
]
const quarter2025: Record<string, Record<string, string>> = {
  '2025-Q1': { A001: '好', A002: '好', A003: '一般', B001: '较好', B002: '好', B003: '较好' },
  '2025-Q2': { A001: '好', A002: '较好', A003: '较好', B001: '较好', B002: '较差', B003: '较好' },
}

async function seedYear(k: ImportBackend): Promise<void> {
  const now = new Date().toISOString()
  const scheme = await k.db.insertInto('schemes').values({ name: '年度考核2025', version: 1, status: 'draft', created_at: now }).returning('id').executeTakeFirstOrThrow()
  for (const [i, name] of dims.entries()) {
    await k.db
      .insertInto('indicators')
      .values({ scheme_id: scheme.id, code: `D${i + 1}`, name, parent_code: null, weight: 20, layer: 'common', scope: '[]', nature: null, mode: 'score', target: null, direction: 'higher', cap: null, valid_from: null, valid_to: null, description: null, sort_order: i })
      .execute()
  }
  const ids = new Map((await k.db.selectFrom('people').select(['id', 'staff_no']).execute()).map((p) => [p.staff_no, p.id]))
  const period = (id: string, kind: string, name: string) =>
    k.db.insertInto('periods').values({ id, kind, year: 2025, name, scheme_id: scheme.id, status: 'review', start_date: '2025-01-01', end_date: '2025-12-31', created_at: now }).execute()
  const result = (periodId: string, staffNo: string, grade: string, scores: number[] = []) =>
    k.db
      .insertInto('results')
      .values({
        period_id: periodId,
        person_id: ids.get(staffNo) as number,
        total: 80,
        total_rounded: 80,
        rank: 1,
        grade,
        dimensions: JSON.stringify(Object.fromEntries(scores.map((s, i) => [`D${i + 1}`, s]))),
        notes: '[]',
        proposed_grade: grade,
        annual: null,
      })
      .execute()
  await period('2025', 'annual', '2025年度考核')
  for (const [staffNo, grade, scores] of annual2025) await result('2025', staffNo, grade, scores)
  for (const [id, grades] of Object.entries(quarter2025)) {
    await period(id, 'quarter', `${id} 平时考核`)
    for (const [staffNo, grade] of Object.entries(grades)) await result(id, staffNo, grade)
  }
}

describe('result use: lists from stored results, imported history and penalties; status; export; CLI', () => {
  let k: ImportBackend
  beforeAll(async () => {
    k = await importBackend('result-uses')
    const roster = await xlsxBytes((wb) =>
      addSheet(wb, '名册', [
        ['工号', '姓名', '部门'],
        ['A001', '甲一', '办公室'],
        ['A002', '甲二', '办公室'],
        ['A003', '甲三', '办公室'],
        ['B001', '乙一', '执法队'],
        ['B002', '乙二', '执法队'],
        ['B003', '乙三', '执法队'],
      ]),
    )
    await k.ok('roster-import', { file: asFile('roster.xlsx', roster) })
    const history = await xlsxBytes((wb) =>
      addSheet(wb, '历史等次', [
        ['工号', '年度', '年度等次', '一季度', '二季度', '三季度', '四季度'],
        ['A001', 2023, '优秀', null, null, null, null],
        ['A001', 2024, '优秀', null, null, null, null],
        ['A002', 2023, '优秀', null, null, null, null],
        ['A002', 2024, '优秀', null, null, null, null],
        ['B001', 2024, '不称职', null, null, null, null],
        ['B002', 2023, '不称职', null, null, null, null],
        // 2025 has an annual period, so its 称职 gives way to the stored 基本称职; Q3 has no period, so 一般 counts
        ['A003', 2025, '称职', '好', null, '一般', null],
      ]),
    )
    await k.ok('history-import', { file: asFile('history.xlsx', history) })
    await seedYear(k)
    await k.ok('penalties-add', { staffNo: 'A002', type: '警告', decidedOn: '2025-05-20', reason: '迟报重要情况' })
    await k.ok('penalties-add', { staffNo: 'B003', type: '不担当不作为', decidedOn: '2025-08-01', reason: '群众反映推诿' })
    await k.ok('penalties-add', { staffNo: 'B001', type: '记大过', decidedOn: '2024-03-01' })
  })
  afterAll(async () => k.close())

  const listOf = (uses: ResultUses, kind: UseListKind) => uses.lists.find((l) => l.kind === kind)?.items ?? []
  const brief = (items: UseItem[]) => items.map((i) => [i.subject, i.basis, i.action])

  it('penalties-list shows the rule each entry triggers', async () => {
    const list = await k.ok<PenaltyEntry[]>('penalties-list', {})
    expect(list.map((p) => [p.staffNo, p.rule])).toEqual([
      ['B001', '记大过：当年及次年不定等次'],
      ['A002', '警告：当年不得评为优秀'],
      ['B003', '不担当不作为（负面清单）：当年不得评为优秀，并谈话提醒'],
    ])
  })

  it('each list names its people and the years, quarters and dimensions it rests on', async () => {
    const uses = await k.ok<ResultUses>('uses-list', { year: 2025 })
    expect(uses.annualPeriod).toBe('2025')
    expect(uses.lists.map((l) => l.title)).toEqual(['嘉奖及提前晋升候选', '记三等功候选', '诫勉', '降低一个职级层次', '辞退审查', '函询', '谈话提醒', '培训重点（个人）', '培训重点（部门）', '不担当不作为负面清单'])
    // A002 is 优秀 in the stored results, but the 警告 of 2025-05-20 bars 优秀: neither commended nor a merit candidate
    expect(brief(listOf(uses, 'commendation'))).toEqual([['A001', '2025年度考核等次为优秀', '给予嘉奖；晋升职级所需年限缩短半年']])
    expect(brief(listOf(uses, 'merit'))).toEqual([['A001', '2023—2025年度连续三年考核等次为优秀（2023、2024、2025）', '按程序报记三等功']])
    expect(brief(listOf(uses, 'admonition'))).toEqual([['A003', '2025年度考核等次为基本称职', '予以诫勉；下一年度不得晋升职级']])
    expect(listOf(uses, 'demotion').map((i) => [i.subject, i.name, i.department, i.basis])).toEqual([
      ['B001', '乙一', '执法队', '2025年度考核等次为不称职'],
      ['B002', '乙二', '执法队', '2025年度考核等次为不称职'],
    ])
    // B001: 2024 from history, 2025 from results; B002's 2023 不称职 is not consecutive with 2025
    expect(brief(listOf(uses, 'dismissalReview'))).toEqual([['B001', '2024、2025年度连续两年考核等次为不称职', '启动辞退审查程序']])
    expect(brief(listOf(uses, 'inquiry'))).toEqual([['B002', '2025年第二季度平时考核等次为较差', '进行函询']])
    // Q1 from the 2025-Q1 results, Q3 from the history (no 2025-Q3 period)
    expect(brief(listOf(uses, 'reminderTalk'))).toEqual([['A003', '2025年第一、三季度平时考核等次为一般', '进行谈话提醒']])
    // 办公室 means 德 86, 能 (92+90+70)/3 = 84 …: A003's 能 70 is 14 short, the largest gap (绩 87.67 − 75 = 12.67)
    // 执法队 means 绩 (60+66+81)/3 = 69, 勤 (72+70+78)/3 = 73.33: B001's 绩 60 is 9 short; B002's 勤 70 is 3.33 short
    expect(brief(listOf(uses, 'trainingPerson'))).toEqual([
      ['A003', '“能”得分 70.00，低于本部门平均 84.00（差 14.00 分），为各维度中差距最大', '列为“能”方面的培训重点'],
      ['B001', '“绩”得分 60.00，低于本部门平均 69.00（差 9.00 分），为各维度中差距最大', '列为“绩”方面的培训重点'],
      ['B002', '“勤”得分 70.00，低于本部门平均 73.33（差 3.33 分），为各维度中差距最大', '列为“勤”方面的培训重点'],
    ])
    // unit 绩 (95+93+75+60+66+81)/6 = 78.33; 执法队 69 is 9.33 below, more than 勤 79.67 − 73.33 = 6.33; 办公室 is above the unit everywhere
    expect(brief(listOf(uses, 'trainingDepartment'))).toEqual([
      ['执法队', '“绩”部门平均 69.00，低于全单位平均 78.33（差 9.33 分），为各维度中差距最大', '部门培训向“绩”倾斜'],
    ])
    expect(brief(listOf(uses, 'negativeList'))).toEqual([['B003', '2025-08-01 列入负面清单（事由：群众反映推诿）', '当年不得评为优秀；进行谈话提醒']])
    expect(uses.lists.flatMap((l) => l.items).every((i) => i.status === 'pending' && i.note === null)).toBe(true)
  })

  it('marks a measure done, reads it back, audits before and after; refuses someone not on the list', async () => {
    const marked = await k.ok<UseItem>('uses-mark', { year: 2025, kind: 'admonition', subject: 'A003', status: 'done', note: '=HYPERLINK("x") 已谈话' })
    expect(marked).toMatchObject({ subject: 'A003', status: 'done', note: '=HYPERLINK("x") 已谈话', updatedBy: expect.any(String) })
    const again = await k.ok<ResultUses>('uses-list', { year: 2025 })
    expect(listOf(again, 'admonition')[0]).toMatchObject({ status: 'done', note: '=HYPERLINK("x") 已谈话' })
    expect(listOf(again, 'demotion').map((i) => i.status)).toEqual(['pending', 'pending'])
    const audit = await k.db.selectFrom('audit_log').select(['entity', 'entity_id', 'before', 'after']).where('method', '=', 'uses-mark').executeTakeFirstOrThrow()
    expect(audit.entity_id).toBe('2025/admonition/A003')
    expect(JSON.parse(audit.before as string)).toEqual({ status: 'pending', note: null })
    expect(JSON.parse(audit.after as string)).toEqual({ status: 'done', note: '=HYPERLINK("x") 已谈话' })

    const refused = await k.refused('uses-mark', { year: 2025, kind: 'admonition', subject: 'A001', status: 'done' })
    expect(refused).toMatchObject({ code: 'not-found', message: 'A001 不在2025年度“诫勉”名单上，无法标记。' })
    expect(await k.db.selectFrom('result_uses').select(['list', 'subject', 'status']).execute()).toEqual([{ list: 'admonition', subject: 'A003', status: 'done' }])
  })

  it('exports a 说明 sheet and one A4 landscape sheet per list with people, status and formula-safe notes', async () => {
    const file = await k.ok<ExportedFile>('uses-export', { year: 2025 })
    expect(file.fileName).toBe('本单位-2025年度-考核结果运用清单.xlsx')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['说明', '嘉奖及提前晋升候选', '记三等功候选', '诫勉', '降低一个职级层次', '辞退审查', '函询', '谈话提醒', '培训重点（个人）', '培训重点（部门）', '不担当不作为负面清单'])
    const notes = wb.getWorksheet('说明') as ExcelJS.Worksheet
    const noteRows = notes.getSheetValues().slice(3).map((r) => (r as ExcelJS.CellValue[]).slice(1, 3))
    // no unit set in this database: 本单位 stands in, and 上级单位 is left out
    expect(noteRows[0]).toEqual(['单位', '本单位'])
    expect(noteRows[1]).toEqual(['年度', '2025'])
    expect(noteRows[2]).toEqual(['年度考核周期', '2025 2025年度考核（审核中）'])
    expect(noteRows[3]).toEqual(['平时考核周期', '2025-Q1 2025-Q1 平时考核（审核中）\n2025-Q2 2025-Q2 平时考核（审核中）'])
    const ws = wb.getWorksheet('诫勉') as ExcelJS.Worksheet
    expect(ws.getCell('A1').value).toBe('本单位2025年度考核结果运用：诫勉')
    expect((ws.getRow(2).values as ExcelJS.CellValue[]).slice(1)).toEqual(['序号', '姓名', '部门', '依据', '运用措施', '状态', '备注'])
    expect((ws.getRow(3).values as ExcelJS.CellValue[]).slice(1)).toEqual([1, '甲三', '办公室', '2025年度考核等次为基本称职', '予以诫勉；下一年度不得晋升职级', '已落实', '=HYPERLINK("x") 已谈话'])
    expect((ws.getRow(3).getCell(7).style as { quotePrefix?: boolean }).quotePrefix).toBe(true)
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '2:2' })
    const demotion = wb.getWorksheet('降低一个职级层次') as ExcelJS.Worksheet
    expect([3, 4].map((r) => [demotion.getCell(r, 2).value, demotion.getCell(r, 6).value])).toEqual([
      ['乙一', '待落实'],
      ['乙二', '待落实'],
    ])

    const empty = await k.ok<ExportedFile>('uses-export', { year: 2021 })
    const wb2 = new ExcelJS.Workbook()
    await wb2.xlsx.load(Buffer.from(empty.dataBase64, 'base64') as unknown as ArrayBuffer)
    expect(wb2.worksheets.map((w) => w.name)).toEqual(['说明'])
  })

  it('the CLI prints the same lists as JSON and marks an item', async () => {
    const dbPath = k.backend.database.path
    const tmp = tempDir('kaohe-uses-')
    onTestFinished(() => tmp.cleanup())
    const r = await cli(dbPath, 'uses', '--year', '2025', '--json')
    expect(r.code, r.err).toBe(0)
    const uses = JSON.parse(r.out) as ResultUses
    expect(listOf(uses, 'dismissalReview').map((i) => i.subject)).toEqual(['B001'])
    expect(listOf(uses, 'admonition')[0].status).toBe('done')
    const m = await cli(dbPath, 'uses', 'mark', '--year', '2025', '--kind', 'inquiry', '--subject', 'B002', '--status', 'done', '--note', '已发函')
    expect(m.code, m.err).toBe(0)
    expect(m.out).toBe('已标记：函询 B002 乙二 → 已落实')
    const bad = await cli(dbPath, 'uses', 'mark', '--year', '2025', '--kind', 'inquiry', '--subject', 'A001', '--status', 'done')
    expect([bad.code, bad.err]).toEqual([1, 'A001 不在2025年度“函询”名单上，无法标记。'])
    expect((await cli(dbPath, 'uses', 'mark', '--year', '2025', '--kind', 'inquiry', '--subject', 'B002', '--status', 'finished')).code).toBe(2)

    const text = await cli(dbPath, 'uses', '--year', '2025')
    expect(text.out).toContain('【辞退审查】1 人\n\tB001 乙一\t执法队\t2024、2025年度连续两年考核等次为不称职\t启动辞退审查程序\t待落实')
    expect(text.out).toContain('\tB002 乙二\t执法队\t2025年第二季度平时考核等次为较差\t进行函询\t已落实\t已发函')
    const out = path.join(tmp.dir, '结果运用.xlsx')
    const x = await cli(dbPath, 'uses', '--year', '2025', '--out', out)
    expect(x.code, x.err).toBe(0)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(out)
    expect(wb.getWorksheet('函询')?.getCell('F3').value).toBe('已落实')
  })
})
