import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../shared/contract/app-error'
import { loadWorkbook } from '../../../electron/excel/load-workbook'
import { cellAt } from '../../../electron/excel/model'
import { decodeText, splitRecords, detectDelimiter } from '../../../electron/excel/read-csv'
import { fixturesDir } from '../../support/temp-dir'
import { addSheet, xlsxBytes } from '../../support/import-workbooks'
import { zipParts } from '../../support/hostile-workbooks'

async function refusal(bytes: Buffer, name = 'x'): Promise<string> {
  try {
    await loadWorkbook(bytes, name)
  } catch (e) {
    expect(e).toBeInstanceOf(AppError)
    expect((e as AppError).code).toBe('bad-file')
    return (e as AppError).message
  }
  throw new Error('expected a refusal')
}

/** A minimal zip holding the named entries (deflated), enough to test format detection and guards. */
function zip(entries: { name: string; data: Buffer; claim?: number }[]): Buffer {
  return zipParts(entries.map((e) => ({ name: e.name, data: e.data, size: e.claim })))
}

describe('format detection by content', () => {
  it('refuses legacy .xls, .xlsb and .ods with what to do', async () => {
    const xls = fs.readFileSync(path.join(fixturesDir, 'corpus/A4X_2013.xls'))
    expect(await refusal(xls, 'a.xlsx')).toBe('旧版 .xls 格式，请在 Excel/WPS 中另存为 .xlsx 后再导入。')
    expect(await refusal(fs.readFileSync(path.join(fixturesDir, 'corpus/AutoFilter.xlsb')))).toContain('.xlsb')
    expect(await refusal(fs.readFileSync(path.join(fixturesDir, 'corpus/AutoFilter.ods')))).toContain('.ods')
  })

  it('refuses random bytes, an empty file and a zip that is not a workbook', async () => {
    const noise = Buffer.alloc(4096)
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + 13) % 256
    expect(await refusal(noise)).toBe('不是可识别的电子表格文件。请导入 .xlsx 或 .csv 文件。')
    expect(await refusal(Buffer.alloc(0))).toContain('空')
    expect(await refusal(zip([{ name: 'hello.txt', data: Buffer.from('hi') }]))).toContain('不是可识别的电子表格文件')
    expect(await refusal(Buffer.from('PK\u0003\u0004 truncated'))).toContain('损坏')
  })

  it('names HTML tables saved as .xls', async () => {
    expect(await refusal(Buffer.from('<html><body><table><tr><td>工号</td></tr></table></body></html>'))).toContain('HTML')
  })

  it('refuses zip bombs: declared sizes, lying sizes, and giant merged ranges', async () => {
    const big = zip([{ name: 'xl/workbook.xml', data: Buffer.from('<x/>') }, { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<x/>'), claim: 0xfffffff0 }])
    expect(await refusal(big)).toContain('过大')
    const liar = zip([{ name: 'xl/workbook.xml', data: Buffer.from('<x/>') }, { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(100000, 32), claim: 10 }])
    expect(await refusal(liar)).toContain('损坏')
    const merges = Buffer.from('<worksheet><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>')
    const bomb = zip([{ name: 'xl/workbook.xml', data: Buffer.from('<x/>') }, { name: 'xl/worksheets/sheet1.xml', data: merges }])
    expect(await refusal(bomb)).toContain('合并单元格')
  })

  it('reports a damaged xlsx as a message, not a crash', async () => {
    const bad = zip([{ name: 'xl/workbook.xml', data: Buffer.from('<not really') }, { name: '[Content_Types].xml', data: Buffer.from('<x') }])
    expect(await refusal(bad)).toMatch(/无法读取|损坏/)
  })
})

describe('xlsx cells', () => {
  it('keeps cached formula results, flattens rich text and hyperlinks, notes errors and missing results', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = addSheet(wb, '表', [['a', 'b', 'c', 'd', 'e', 'f']])
      ws.getCell('A2').value = { formula: 'B2*2', result: 170 }
      ws.getCell('B2').value = { richText: [{ text: '张' }, { text: '三', font: { bold: true } }] }
      ws.getCell('C2').value = { text: '链接文字', hyperlink: 'https://example.org' }
      ws.getCell('D2').value = { error: '#DIV/0!' }
      ws.getCell('E2').value = { formula: 'A1+1' }
      ws.getCell('F2').value = 0.85
      ws.getCell('F2').numFmt = '0%'
      ws.getCell('A3').value = new Date(Date.UTC(2025, 2, 31))
      ws.getCell('B3').value = true
    })
    const wb = await loadWorkbook(bytes)
    const s = wb.sheets[0]
    expect(cellAt(s, 2, 1)).toBe(170)
    expect(cellAt(s, 2, 2)).toBe('张三')
    expect(cellAt(s, 2, 3)).toBe('链接文字')
    expect(cellAt(s, 2, 4)).toBeNull()
    expect(cellAt(s, 2, 5)).toBeNull()
    expect(cellAt(s, 2, 6)).toBe('85%')
    expect((cellAt(s, 3, 1) as Date).toISOString().slice(0, 10)).toBe('2025-03-31')
    expect(cellAt(s, 3, 2)).toBe(true)
    expect(s.notes).toEqual([
      { row: 2, col: 4, kind: 'error-value', detail: '#DIV/0!' },
      { row: 2, col: 5, kind: 'formula-without-value', detail: '=A1+1' },
    ])
  })

  it('keeps merged values on the master cell only and records the ranges; marks hidden sheets', async () => {
    const bytes = await xlsxBytes((wb) => {
      addSheet(wb, '名册', [['标题'], ['工号', '部门'], ['1', '党政办'], ['2', null]], ['A1:B1', 'B3:B4'])
      const hidden = addSheet(wb, '隐藏', [['x']])
      hidden.state = 'hidden'
    })
    const wb = await loadWorkbook(bytes)
    const [s, h] = wb.sheets
    expect(cellAt(s, 1, 2)).toBeNull()
    expect(cellAt(s, 4, 2)).toBeNull()
    expect(s.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 1, bottom: 1, right: 2 },
        { top: 3, left: 2, bottom: 4, right: 2 },
      ]),
    )
    expect(h.hidden).toBe(true)
  })
})

describe('CSV', () => {
  const rows = '工号,姓名,分数\r\nS001,"罗,强洋",85\r\nS002,"说""好""的",90\r\n'

  it('reads UTF-8 with and without BOM', async () => {
    for (const bytes of [Buffer.from(rows, 'utf8'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rows, 'utf8')])]) {
      const wb = await loadWorkbook(bytes, 'ratings.csv')
      expect(wb.format).toBe('csv')
      expect(wb.sheets[0].name).toBe('ratings')
      expect(wb.sheets[0].rows).toEqual([
        ['工号', '姓名', '分数'],
        ['S001', '罗,强洋', '85'],
        ['S002', '说"好"的', '90'],
      ])
    }
  })

  it('reads the GBK fixture as GB18030 and says so', async () => {
    const wb = await loadWorkbook(fs.readFileSync(path.join(fixturesDir, 'satisfaction-2025-Q1.gbk.csv')), 'satisfaction-2025-Q1.gbk.csv')
    expect(wb.sheets[0].rows[0]).toEqual(['工号', '姓名', '满意', '基本满意', '不满意'])
    expect(wb.sheets[0].rows[1]).toEqual(['S025', '姚阳勇', '79', '7', '2'])
    expect(wb.notes.join()).toContain('GBK/GB18030')
  })

  it('reads Excel "Unicode text" (UTF-16 LE, tab-separated)', async () => {
    const text = '工号\t分数\r\nS001\t85\r\n'
    const wb = await loadWorkbook(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
    expect(wb.sheets[0].rows).toEqual([
      ['工号', '分数'],
      ['S001', '85'],
    ])
  })

  it('detects tab and semicolon delimiters and keeps quoted line breaks', () => {
    expect(detectDelimiter('a;b;c\n1;2;3\n')).toBe(';')
    expect(detectDelimiter('a\tb\n1,5\t2\n')).toBe('\t')
    expect(detectDelimiter('"x;y",b\n"1;2",3\n')).toBe(',')
    expect(splitRecords('a,"b\nc",d\n1,2,3', ',')).toEqual([
      ['a', 'b\nc', 'd'],
      ['1', '2', '3'],
    ])
    expect(decodeText(Buffer.from([0x00, 0x01, 0x02]))).toBeNull()
  })
})
