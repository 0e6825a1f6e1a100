import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBackend, type Backend } from '../../electron/rpc/backend'
import type { Credential } from '../../electron/core/context'
import { parseArgs } from '../../electron/rpc/args'
import { ahpCommand, type AhpSheetOutput } from '../../electron/cli/ahp-command'
import { UsageError } from '../../electron/cli/options'
import { readAhpFile } from '../../electron/excel/ahp-workbook'
import type { AhpSheet, CallOutcome, ExportedFile } from '../../shared/contract'
import { tempDir } from '../support/temp-dir'
import { signInAs } from '../support/accounts'
import { addSheet, asFile, xlsxBytes } from '../support/import-workbooks'

const NAMES = ['德', '能', '勤', '绩', '廉']
/** domain.md's worked example */
const WORKED = [
  [1, 1 / 3, 1 / 2, 3, 2],
  [3, 1, 2, 5, 4],
  [2, 1 / 2, 1, 4, 3],
  [1 / 3, 1 / 5, 1 / 4, 1, 1 / 2],
  [1 / 2, 1 / 4, 1 / 3, 2, 1],
]

/** 专家一: a merged title row, then the matrix with fractions in every form offices type them. */
function expertOne(wb: ExcelJS.Workbook): void {
  addSheet(
    wb,
    '专家一',
    [
      ['专家一判断矩阵（德能勤绩廉）'],
      [null, ...NAMES],
      ['德', 1, '1/3', { formula: '1/2', result: 0.5 }, 3, 2],
      ['能', 3, 1, 2, 5, 4],
      ['勤', 2, '１／２', 1, 4, 3],
      ['绩', { formula: '1/3' }, '=1/5', ' 1 / 4 ', 1, 0.5],
      ['廉', 0.5, 0.25, 0.33, 2, 1],
    ],
    ['A1:F1'],
  )
}

/** 专家二: only the upper triangle typed, a corner label, and a blank diagonal. */
function expertTwo(wb: ExcelJS.Workbook): void {
  addSheet(wb, '专家二', [
    ['准则', ...NAMES],
    ['德', null, '1/3', '1/2', 3, 2],
    ['能', null, 1, 2, 5, 4],
    ['勤', null, null, 1, 4, 3],
    ['绩', null, null, null, 1, '1/2'],
    ['廉', null, null, null, null, 1],
  ])
}

/** 坏表: every kind of bad cell, each at a known address. */
function badSheet(wb: ExcelJS.Workbook): void {
  addSheet(wb, '坏表', [
    ['某单位判断矩阵'],
    [null, 'A', 'B', 'C', 'D'],
    ['A', 1, 11, '三', { formula: 'SUM(B3:C3)' }], // C3 off the scale, D3 not a number, E3 a formula with no value
    ['B', null, 1, 2, 3], // B4 mirrors C3 (reported at C3 only)
    ['C', null, 0.3, 1, 0.3], // C5 and E5: 0.3 is not 1/3
    ['X', 4, 1 / 4, 1 / 2, 1], // A6 names X under column D; B6 = 4 with D3 unreadable; C6 1/4 against E4 = 3
  ])
}

describe('AHP workbook reader', () => {
  let sheets: AhpSheet[]
  beforeAll(async () => {
    const bytes = await xlsxBytes((wb) => {
      expertOne(wb)
      wb.addWorksheet('空表')
      addSheet(wb, '说明', [['请在每个工作表中填写一位专家的判断矩阵。'], ['上三角填写即可。']])
      expertTwo(wb)
      badSheet(wb)
    })
    sheets = await readAhpFile(bytes, 'ahp.xlsx')
  })

  it('reads one matrix per non-empty sheet, skipping the empty one and noting the sheet without a matrix', () => {
    expect(sheets.map((s) => s.sheet)).toEqual(['专家一', '说明', '专家二', '坏表'])
    const notes = sheets[1]
    expect(notes).toMatchObject({ criteria: [], matrix: null })
    expect(notes.problems).toEqual([expect.objectContaining({ severity: 'warning', row: null })])
  })

  it('reads numbers, text fractions (full-width too), formulas with and without a cached value, under a title row', () => {
    const one = sheets[0]
    expect(one.criteria).toEqual(NAMES)
    expect(one.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(one.matrix).toEqual(WORKED)
    // 0.33 in D7 is taken as 1/3, and says so
    expect(one.problems).toEqual([expect.objectContaining({ severity: 'warning', row: 7, column: 'D', columnName: '勤' })])
    expect(one.problems[0].message).toContain('1/3')
  })

  it('fills the lower triangle and the diagonal of an upper-triangle-only matrix', () => {
    const two = sheets[2]
    expect(two.problems).toEqual([])
    expect(two.matrix).toEqual(WORKED)
  })

  it('refuses the bad sheet with every problem at its Excel row and column', () => {
    const bad = sheets[3]
    expect(bad.matrix).toBeNull()
    expect(bad.criteria).toEqual(['A', 'B', 'C', 'D'])
    const at = bad.problems.map((p) => `${p.column}${p.row}`)
    expect(at).toEqual(expect.arrayContaining(['C3', 'D3', 'E3', 'C5', 'E5', 'A6', 'C6']))
    expect(at).not.toContain('B4')
    const message = (cell: string) => bad.problems.find((p) => `${p.column}${p.row}` === cell)?.message ?? ''
    expect(message('C3')).toContain('11')
    expect(message('D3')).toContain('三')
    expect(message('E3')).toContain('=SUM(B3:C3)')
    expect(message('A6')).toContain('X')
    expect(message('C6')).toContain('E4')
    expect(bad.problems.every((p) => p.severity === 'error')).toBe(true)
  })

  it('refuses a workbook without any matrix as a bad file', async () => {
    const bytes = await xlsxBytes((wb) => addSheet(wb, 'Sheet1', [['姓名', '分数'], ['张三', 90]]))
    await expect(readAhpFile(bytes, 'x.xlsx')).rejects.toMatchObject({ code: 'bad-file' })
  })
})

describe('ahp command and the ahp-export handler', () => {
  const tmp = tempDir('kaohe-ahp-')
  let backend: Backend
  let clerk: Credential
  let good: string
  let bad: string
  beforeAll(async () => {
    backend = await openBackend(path.join(tmp.dir, 'ahp.db'), { create: true })
    clerk = await signInAs(backend.dispatcher, 'clerk')
    good = path.join(tmp.dir, 'good.xlsx')
    bad = path.join(tmp.dir, 'bad.xlsx')
    fs.writeFileSync(good, await xlsxBytes((wb) => [expertOne(wb), expertTwo(wb)]))
    fs.writeFileSync(bad, await xlsxBytes((wb) => [expertTwo(wb), badSheet(wb)]))
  })
  afterAll(async () => {
    await backend.close()
    tmp.cleanup()
  })

  async function run(...argv: string[]) {
    const out: string[] = []
    const err: string[] = []
    const args = parseArgs(['ahp', ...argv])
    const io = { out: (s: string) => out.push(s), err: (s: string) => err.push(s), signal: new AbortController().signal }
    const code = await ahpCommand({ backend, args, io, json: args.options.json === true, vars: {}, dbPath: backend.database.path, credential: clerk })
    return { code, out: out.join('\n'), err: err.join('\n') }
  }

  it('prints one result per sheet as JSON, matching the worked example', async () => {
    const r = await run(good, '--json')
    expect(r.code, r.err).toBe(0)
    const rows = JSON.parse(r.out) as AhpSheetOutput[]
    expect(rows.map((x) => x.sheet)).toEqual(['专家一', '专家二'])
    for (const x of rows) {
      expect(Object.keys(x).slice(0, 7)).toEqual(['sheet', 'criteria', 'weights', 'lambdaMax', 'ci', 'cr', 'consistent'])
      expect(x.weights?.map((w) => Number(w.toFixed(3)))).toEqual([0.16, 0.419, 0.263, 0.062, 0.097])
      expect(x.lambdaMax).toBeCloseTo(5.068, 3)
      expect(x.cr).toBeCloseTo(0.015, 3)
      expect(x.consistent).toBe(true)
    }
    expect(rows[1].problems).toBeUndefined()
  })

  it('takes --method and --ri, and refuses values it does not know', async () => {
    const r = await run(good, '--json', '--method', 'geometric', '--ri', 'cn')
    const rows = JSON.parse(r.out) as AhpSheetOutput[]
    expect(rows[0].weights?.[0]).toBeCloseTo(0.160227, 6)
    await expect(run(good, '--method', 'power')).rejects.toBeInstanceOf(UsageError)
    await expect(run(good, '--ri', 'xx')).rejects.toBeInstanceOf(UsageError)
    await expect(run()).rejects.toBeInstanceOf(UsageError)
  })

  it('prints weights, CR and the verdict as text', async () => {
    const r = await run(good)
    expect(r.code).toBe(0)
    expect(r.out).toContain('0.4185')
    expect(r.out).toContain('CR = 0.0152')
    expect(r.out).toContain('一致（CR < 0.10）')
  })

  it('exits 1 with the located problems when a sheet has errors', async () => {
    const json = await run(bad, '--json')
    expect(json.code).toBe(1)
    const rows = JSON.parse(json.out) as AhpSheetOutput[]
    expect(rows[0].weights).not.toBeNull()
    expect(rows[1]).toMatchObject({ sheet: '坏表', weights: null, cr: null })
    expect(rows[1].problems?.some((p) => p.row === 3 && p.column === 'C')).toBe(true)
    const text = await run(bad)
    expect(text.code).toBe(1)
    expect(text.out).toContain('C 列')
    expect(text.err).toContain('1')
  })

  it('exports a workbook per expert plus 汇总, values only, and the expert sheets read back', async () => {
    const inconsistent = [
      [1, 2, 4, 1 / 8],
      [1 / 2, 1, 2, 4],
      [1 / 4, 1 / 2, 1, 2],
      [8, 1 / 4, 1 / 2, 1],
    ]
    const outcome: CallOutcome = await backend.dispatcher.call(clerk, 'ahp-export', {
      title: '=德能勤绩',
      criteria: NAMES.slice(0, 4),
      experts: [
        { name: '张三', matrix: WORKED.slice(0, 4).map((r) => r.slice(0, 4)) },
        { name: '李四', matrix: inconsistent },
      ],
      method: 'eigen',
      riTable: 'saaty',
    })
    if (!outcome.ok) throw new Error(outcome.error.message)
    const file = outcome.result as ExportedFile
    expect(file.fileName).toBe('本单位-层次分析（=德能勤绩）.xlsx')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ExcelJS.Buffer)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['张三', '李四', '汇总'])
    const values: unknown[] = []
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => values.push(c.value))))
    expect(values.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false)
    // the unit's name opens the title, so a title typed like a formula is plain text inside it
    expect(wb.getWorksheet('张三')?.getCell('A1').value).toBe('本单位=德能勤绩：专家“张三”判断矩阵')
    const li = wb.getWorksheet('李四')
    const labels = li ? li.getColumn(1).values.map((v) => String(v ?? '')) : []
    expect(labels).toContain('一致性比率 CR')
    expect(labels).toContain('“德”比“绩”')
    const back = await readAhpFile(Buffer.from(file.dataBase64, 'base64'), file.fileName)
    expect(back[1].matrix).toEqual(inconsistent)
    expect(back[0].criteria).toEqual(NAMES.slice(0, 4))
  })

  it('refuses to export a matrix off the scale, naming the expert and the cell', async () => {
    const outcome = await backend.dispatcher.call(clerk, 'ahp-export', {
      title: 't',
      criteria: ['a', 'b'],
      experts: [{ name: '王五', matrix: [[1, 11], [1 / 11, 1]] }],
      method: 'eigen',
      riTable: 'saaty',
    })
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) {
      expect(outcome.error.code).toBe('invalid-input')
      expect(outcome.error.message).toContain('王五')
      expect(outcome.error.message).toContain('第 1 行第 2 列')
    }
  })

  it('answers ahp-import through the dispatch with the asFile shape the app sends', async () => {
    const outcome = await backend.dispatcher.call(clerk, 'ahp-import', { file: asFile('good.xlsx', fs.readFileSync(good)) })
    expect(outcome.ok).toBe(true)
  })
})
