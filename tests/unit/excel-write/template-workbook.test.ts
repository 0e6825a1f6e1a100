import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { buildTemplate, templateFileName, type TemplateKind } from '../../../electron/excel/write/template-workbook'
import { ballotFields, historyFields, measureFields, okrFields, penaltyFields, rosterFields, satisfactionFields, schemeFields, ratingsLongFields, type FieldSpec } from '../../../electron/excel/fields'
import { loadWorkbook } from '../../../electron/excel/load-workbook'
import { findTable } from '../../../electron/excel/find-table'

const cases: [TemplateKind, string, FieldSpec[]][] = [
  ['roster', '人员名册', rosterFields],
  ['scheme', '指标体系', schemeFields],
  ['ratings', '评分明细', ratingsLongFields],
  ['ballots', '民主测评票数', ballotFields],
  ['satisfaction', '群众满意度', satisfactionFields],
  ['measures', '目标完成值', measureFields],
  ['history', '历史等次', historyFields],
  ['penalties', '处分与负面清单', penaltyFields],
  ['okr', '目标与关键结果', okrFields],
]

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  // exceljs types its own Buffer, which @types/node 20's generic Buffer no longer matches
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer)
  return wb
}

function rowTexts(ws: ExcelJS.Worksheet, n: number): string[] {
  return (ws.getRow(n).values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))
}

/** Every cell of every sheet as text, to compare two workbooks by what a clerk sees. */
function contents(wb: ExcelJS.Workbook): Record<string, string[][]> {
  return Object.fromEntries(wb.worksheets.map((ws) => [ws.name, Array.from({ length: ws.rowCount }, (_, i) => rowTexts(ws, i + 1))]))
}

describe.each(cases)('the %s template', (kind, sheetName, fields) => {
  it(`has a sheet ${sheetName} with a title and the field specs' header, required ones marked *, and no data row`, async () => {
    const wb = await load(await buildTemplate(kind))
    expect(wb.worksheets.map((w) => w.name)).toEqual([sheetName, '填写说明'])
    const ws = wb.getWorksheet(sheetName)!
    expect(String(ws.getCell('A1').value)).toContain(sheetName)
    expect(rowTexts(ws, 2)).toEqual(fields.map((f) => (f.required ? `${f.label}*` : f.label)))
    expect(ws.actualRowCount).toBe(2)
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1, printTitlesRow: '2:2' })
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 })
    const staffNo = fields.findIndex((f) => f.key === 'staffNo')
    if (staffNo >= 0) expect(ws.getColumn(staffNo + 1).numFmt).toBe('@')
  })

  it('explains every column on 填写说明: required or not, synonyms, what to enter, an example', async () => {
    const wb = await load(await buildTemplate(kind))
    const guide = wb.getWorksheet('填写说明')!
    expect(rowTexts(guide, 2)).toEqual(['列名', '是否必填', '也可写作', '填写要求', '示例'])
    fields.forEach((f, i) => {
      const row = rowTexts(guide, 3 + i)
      expect(row[0]).toBe(f.label)
      expect(row[1]).toMatch(f.required ? /^必填/ : /^选填$/)
      expect(row[2]).toBe(f.synonyms.join('、'))
      expect(row[4] ?? '').toBe(f.example ?? '')
    })
  })

  it('is read back by the importer: its sheet, its header row, every field mapped', async () => {
    const bytes = await buildTemplate(kind)
    const search = findTable(await loadWorkbook(bytes, templateFileName(kind)), fields)
    expect(search.table?.sheet).toBe(sheetName)
    expect(search.table?.headerRow).toBe(2)
    expect([...(search.table?.byField.keys() ?? [])].sort()).toEqual(fields.map((f) => f.key).sort())
    expect(search.table?.rows ?? []).toHaveLength(0)
  })

  it('matches the committed file in resources/templates (re-run write-templates.ts after changing the fields)', async () => {
    const file = path.resolve(__dirname, '../../../resources/templates', templateFileName(kind))
    const committed = await load(fs.readFileSync(file))
    const fresh = await load(await buildTemplate(kind))
    expect(contents(committed)).toEqual(contents(fresh))
  })
})

describe('the ratings template', () => {
  it('names the accepted rater roles from the domain table, and lets 指标名称 stand in for 指标编码', async () => {
    const wb = await load(await buildTemplate('ratings'))
    const guide = wb.getWorksheet('填写说明')!
    const rows = Array.from({ length: ratingsLongFields.length }, (_, i) => rowTexts(guide, 3 + i))
    expect(rows.find((r) => r[0] === '评价主体')?.[3]).toMatch(/^领导 \/ 互评 \/ 自评 \/ 群众；也可写作 .*同事互评/)
    expect(rows.find((r) => r[0] === '指标编码')?.[1]).toBe('必填（可用“指标名称”代替）')
  })
})

describe('the history and penalties templates', () => {
  it('list the grades and the record types the importer accepts', async () => {
    const history = (await load(await buildTemplate('history'))).getWorksheet('填写说明')!
    const hRows = Array.from({ length: historyFields.length }, (_, i) => rowTexts(history, 3 + i))
    expect(hRows.find((r) => r[0] === '年度等次')?.[3]).toBe('优秀 / 称职 / 基本称职 / 不称职 / 不定等次')
    expect(hRows.find((r) => r[0] === '一季度')?.[3]).toBe('好 / 较好 / 一般 / 较差；不知道的留空')
    const penalties = (await load(await buildTemplate('penalties'))).getWorksheet('填写说明')!
    const pRows = Array.from({ length: penaltyFields.length }, (_, i) => rowTexts(penalties, 3 + i))
    expect(pRows.find((r) => r[0] === '类型')?.[3]).toContain('留党察看、开除党籍、调整职务、不担当不作为')
  })
})
