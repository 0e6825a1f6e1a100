import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ExportedFile } from '../../shared/contract'
import { importBackend } from '../support/import-backend'

type Api = Awaited<ReturnType<typeof importBackend>>

async function readBack(file: ExportedFile): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer)
  expect(wb.worksheets).toHaveLength(1)
  return wb.worksheets[0]
}

describe('grid-export: a grid written as the user sees it', () => {
  let api: Api
  beforeAll(async () => {
    api = await importBackend('grid-export')
  })
  afterAll(async () => {
    await api.backend.close()
  })

  it('writes the title, the headers, numbers as numbers and escapes formula-like text', async () => {
    const file = await api.ok<ExportedFile>('grid-export', {
      title: '人员名册：综合处/2025',
      columns: [
        { header: '姓名', kind: 'text' },
        { header: '部门', kind: 'text' },
        { header: '总分', kind: 'score' },
        { header: '人数', kind: 'integer' },
        { header: '名次', kind: 'number' },
      ],
      rows: [
        ['张三', '综合处', 92.5, 3, 1],
        ['=cmd|/c calc', null, 88, 12, 2],
      ],
    })
    // ： and / are not allowed in a Windows file name
    expect(file.fileName).toBe('本单位-人员名册：综合处_2025.xlsx')
    const ws = await readBack(file)
    expect(ws.getCell('A1').value).toBe('本单位人员名册：综合处/2025')
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual(['姓名', '部门', '总分', '人数', '名次'])
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual(['张三', '综合处', 92.5, 3, 1])
    expect(ws.getCell('A4').value).toBe('=cmd|/c calc')
    expect((ws.getCell('A4').style as { quotePrefix?: boolean }).quotePrefix).toBe(true)
    expect(ws.getCell('B4').value).toBeNull()
    expect(ws.getCell('C4').value).toBe(88)
    expect(ws.getCell('C3').numFmt).toBe('0.00')
    expect(ws.getCell('D3').numFmt).toBe('0')
    expect(ws.pageSetup.paperSize).toBe(9)
    expect(ws.pageSetup.printTitlesRow).toBe('2:2')
    expect(ws.pageSetup.orientation).toBe('portrait')
    expect(ws.headerFooter.oddFooter).toContain('&P')
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 })
  })

  it('wraps a column of long text inside its cell (a row grows for it) and leaves short text on one line', async () => {
    const note = '本年度受警告处分，不得评为优秀；年度得分达到优秀线，但本年度受处分，不能评为优秀。'
    const file = await api.ok<ExportedFile>('grid-export', {
      title: '结果',
      columns: [
        { header: '姓名', kind: 'text' },
        { header: '备注', kind: 'text' },
      ],
      rows: [
        ['张三', note],
        ['李四', '无'],
      ],
    })
    const ws = await readBack(file)
    expect(ws.getCell('A3').alignment?.wrapText).toBeFalsy()
    expect(ws.getCell('B3').alignment?.wrapText).toBe(true)
    // 40 units at most: the 80-unit note takes more than one line, and its row is taller than the short one's
    expect(ws.getColumn(2).width).toBeLessThanOrEqual(40)
    expect(ws.getRow(3).height).toBeGreaterThan(20)
  })

  it('keeps the columns the grid pins (工号, 姓名) in view, as the grid does', async () => {
    const file = await api.ok<ExportedFile>('grid-export', {
      title: '人员',
      columns: [
        { header: '工号', kind: 'text' },
        { header: '姓名', kind: 'text' },
        { header: '总分', kind: 'score' },
      ],
      rows: [['S001', '张三', 90]],
      freeze: 2,
    })
    expect((await readBack(file)).views[0]).toMatchObject({ state: 'frozen', ySplit: 2, xSplit: 2 })
  })

  it('prints a wide grid landscape and exports 10,000 rows', async () => {
    const columns = Array.from({ length: 12 }, (_, i) => ({ header: `第${i + 1}列说明文字`, kind: i === 0 ? ('text' as const) : ('score' as const) }))
    const rows = Array.from({ length: 10_000 }, (_, r) => [`人员${r + 1}`, ...Array.from({ length: 11 }, (_, c) => r + c / 100)])
    const file = await api.ok<ExportedFile>('grid-export', { title: '宽表', columns, rows })
    const ws = await readBack(file)
    expect(ws.pageSetup.orientation).toBe('landscape')
    // title + header + 10,000 rows
    expect(ws.rowCount).toBe(10_002)
    expect(ws.getCell('A10002').value).toBe('人员10000')
    expect(ws.getCell('L10002').value).toBe(9999.1)
  })

  it('writes column groups as a merged row above their headers, as the grid draws them', async () => {
    const file = await api.ok<ExportedFile>('grid-export', {
      title: '评分汇总',
      columns: [
        { header: '工号', kind: 'text' },
        { header: '条数', group: '领导', kind: 'integer' },
        { header: '均分', group: '领导', kind: 'score' },
        { header: '条数', group: '互评', kind: 'integer' },
      ],
      rows: [['S001', 2, 91.25, 3]],
    })
    const ws = await readBack(file)
    expect(ws.getCell('A2').value).toBe('工号')
    expect(ws.getCell('B2').value).toBe('领导')
    expect(ws.getCell('D2').value).toBe('互评')
    expect((ws.getRow(3).values as unknown[]).slice(2)).toEqual(['条数', '均分', '条数'])
    // 工号 spans both header rows; 领导 spans its two columns
    expect(ws.getCell('A3').isMerged).toBe(true)
    expect(ws.getCell('C2').isMerged).toBe(true)
    expect((ws.getRow(4).values as unknown[]).slice(1)).toEqual(['S001', 2, 91.25, 3])
    expect(ws.pageSetup.printTitlesRow).toBe('2:3')
  })

  it('refuses an export without columns', async () => {
    const error = await api.refused('grid-export', { title: 'x', columns: [], rows: [] })
    expect(error.code).toBe('invalid-input')
  })
})
