import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { AppError } from '../../../shared/contract/app-error'
import { loadWorkbook } from '../../../electron/excel/load-workbook'
import { cellAt } from '../../../electron/excel/model'
import { fixturesDir, tempDir } from '../../support/temp-dir'
import { hostileCases } from '../../support/hostile-files'
import { repeatRows, stylesWithFormats, workbookParts, zipParts } from '../../support/hostile-workbooks'
import { addSheet, xlsxBytes } from '../../support/import-workbooks'

const tmp = tempDir('kaohe-hostile-')
afterAll(() => tmp.cleanup())

/** Writes the case to the temp folder and reads it back as an import would: the refusal's message. */
async function refusalOf(id: string): Promise<string> {
  const c = hostileCases.find((x) => x.id === id)
  if (!c) throw new Error(`no case ${id}`)
  const file = path.join(tmp.dir, c.fileName)
  fs.writeFileSync(file, c.build())
  return refusal(fs.readFileSync(file), c.fileName)
}

async function refusal(bytes: Buffer, fileName: string): Promise<string> {
  try {
    await loadWorkbook(bytes, fileName)
  } catch (e) {
    expect(e).toBeInstanceOf(AppError)
    expect((e as AppError).code).toBe('bad-file')
    const message = (e as AppError).message
    // never the parser's English
    expect(message).not.toMatch(/Cannot read|undefined entity|Error:|xform|properties/i)
    return message
  }
  throw new Error('expected a refusal')
}

describe('hostile workbooks are refused before anything is expanded, naming the sheet or part', () => {
  it('one cell at A and one at XFD in each of 50,000 rows', async () => {
    const m = await refusalOf('a-and-xfd-50000-rows')
    expect(m).toContain('工作表“名册”')
    expect(m).toContain('XFD 列')
    expect(m).toContain('10,000,000')
  })

  it('1,000,000 formatted empty rows', async () => {
    const m = await refusalOf('million-styled-empty-rows')
    expect(m).toContain('工作表“名册”')
    expect(m).toContain('只设了格式的空行')
  })

  it('a cell at row 50,000,000', async () => {
    expect(await refusalOf('cell-at-row-50000000')).toBe(
      '工作表“名册”用到了第 50,000,000 行，超出 Excel 的最大行数 1,048,576，文件已损坏或被篡改，未读取。',
    )
  })

  it('6,000,000 cell formats, and 200,000 that fit in the size limit', async () => {
    expect(await refusalOf('six-million-styles')).toMatch(/格式表（styles\.xml）/)
    const parts = workbookParts([{ name: '名册', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' }], { styles: stylesWithFormats(200_000) })
    expect(await refusal(zipParts(parts), '样式.xlsx')).toContain('格式表（styles.xml）定义了超过 100,000 种单元格格式')
  })

  it('a sheet whose bytes fail their CRC (the issue stored 测试9 as if sound)', async () => {
    const m = await refusalOf('crc-corrupted-sheet')
    expect(m).toContain('文件“校验.xlsx”已损坏：工作表“名册”的校验码对不上')
  })

  it('a truncated zip', async () => {
    expect(await refusalOf('truncated-zip')).toContain('已损坏或不完整')
  })

  it('entity expansion in the shared strings', async () => {
    expect(await refusalOf('entity-expansion')).toContain('文件“实体.xlsx”中文字表（sharedStrings.xml）含有 Excel 不会写入的 XML 声明')
  })

  it('a 1,048,577-character cell, quoted shortened', async () => {
    expect(await refusalOf('one-mb-cell')).toBe(
      '工作表“名册”B2 单元格的文字有 1,048,577 个字符（“简历很长的文字很长的文字很长的文字很长的…”），超过 Excel 单元格上限 32,767 个字符，未读取。请缩短这段文字后再导入。',
    )
  })

  it('a long inline string is measured the same way', async () => {
    const long = `<row r="1"><c r="C1" t="inlineStr"><is><r><t>${'甲'.repeat(20_000)}</t></r><r><t>${'乙'.repeat(20_000)}</t></r></is></c></row>`
    expect(await refusal(zipParts(workbookParts([{ name: '备注', sheetData: long }])), 'x.xlsx')).toContain('工作表“备注”C1 单元格的文字有 40,000 个字符')
  })

  it('an undefined entity: the sheet, the line and the character, in words', async () => {
    expect(await refusalOf('undefined-entity')).toMatch(/^文件“坏符号\.xlsx”已损坏：工作表“名册”的内容无法读取（第 2 行第 \d+ 个字符处有无法识别的符号）/)
  })

  it('well-formed XML exceljs still cannot read: the sheet found by reading each alone', async () => {
    const odd = '<row r="1"><c r="A1"><v>1</v></c></row></sheetData><hyperlinks><hyperlink ref="A1" r:id="rId9"/></hyperlinks><sheetData>'
    const bytes = zipParts(workbookParts([{ name: '一', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' }, { name: '二', sheetData: odd }]))
    expect(await refusal(bytes, 'o.xlsx')).toBe('文件“o.xlsx”已损坏：工作表“二”的内容不完整或不合规范，无法读取。请在 Excel/WPS 中打开并另存为 .xlsx 后再导入。')
  })

  it('a cell referring to shared text that is not there (exceljs: reading "richText" of undefined)', async () => {
    expect(await refusalOf('missing-shared-text')).toContain('工作表“名册”A2 单元格引用了不存在的文字（第 7 条，文件中只有 1 条）')
  })

  it('a CSV whose unclosed quote makes one endless field', async () => {
    expect(await refusalOf('huge-csv-line')).toMatch(/^“长行”第 2 行第 3 列的文字超过 32,767 个字符（“没有收尾的引号没有收尾的引号没有收尾的引…”）/)
  })

  it('a CSV line with more fields than Excel has columns', async () => {
    const line = Array.from({ length: 20_000 }, (_, i) => `c${i}`).join(',')
    expect(await refusal(Buffer.from(`工号,姓名\n${line}\n`), '宽.csv')).toContain('“宽”第 2 行超过 16,384 列')
  })

  it('a file over the 100 MB import limit, by its size alone', async () => {
    expect(await refusal(Buffer.alloc(100 * 1024 * 1024 + 1, 0x41), '大.csv')).toBe(
      '文件“大.csv”有 100.1 MB，超过导入文件的上限 100 MB，未读取。请只保留需要导入的工作表和数据后再导入。',
    )
  })

  it('merged, validated or named areas exceljs would expand cell by cell, and columns past XFD', async () => {
    const sheet = (after: string) => {
      const parts = workbookParts([{ name: '名册', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' }])
      const last = parts[parts.length - 1]
      last.data = Buffer.from(last.data.toString('utf8').replace('</sheetData>', `</sheetData>${after}`))
      return zipParts(parts)
    }
    expect(await refusal(sheet('<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a"</formula1></dataValidation></dataValidations>'), 'x.xlsx')).toContain('工作表“名册”设置的数据有效性')
    expect(await refusal(sheet('<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'), 'x.xlsx')).toContain('工作表“名册”中的合并单元格')
    const named = workbookParts([{ name: '名册', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' }])
    named[2].data = Buffer.from(named[2].data.toString('utf8').replace('</sheets>', "</sheets><definedNames><definedName name=\"区域\">'名册'!$A$1:$XFD$1048576</definedName></definedNames>"))
    expect(await refusal(zipParts(named), '名.xlsx')).toContain('文件“名.xlsx”中定义的名称（名称管理器里的区域、打印区域）覆盖的单元格超过 4,194,304 个')
    const cols = workbookParts([{ name: '名册', sheetData: '', before: '<cols><col min="1" max="100000000" width="9"/></cols>' }])
    expect(await refusal(zipParts(cols), 'x.xlsx')).toContain('第 1 至 100000000 列')
  })
})

describe('sound files still read', () => {
  it('a workbook with a whole formatted column, dropdowns and a cell at the last row', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = addSheet(wb, '名册', [['工号', '姓名'], ['S001', '罗强洋']])
      ws.getColumn(2).font = { bold: true }
      ws.getCell('C1048576').value = '末行'
      for (const ref of ['C2', 'C3', 'C4']) ws.getCell(ref).dataValidation = { type: 'list', allowBlank: true, formulae: ['"是,否"'] }
    })
    const wb = await loadWorkbook(bytes, '名册.xlsx')
    expect(cellAt(wb.sheets[0], 2, 2)).toBe('罗强洋')
    expect(cellAt(wb.sheets[0], 1_048_576, 3)).toBe('末行')
  })

  it('a ZIP64 workbook (sizes and offsets in the ZIP64 fields), and the same damaged', async () => {
    const parts = workbookParts([{ name: '名册', sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>工号</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>S001</t></is></c></row>' }])
    const wb = await loadWorkbook(zipParts(parts, { zip64: true }), 'z64.xlsx')
    expect(cellAt(wb.sheets[0], 2, 1)).toBe('S001')
    parts[4].crc = 1
    expect(await refusal(zipParts(parts, { zip64: true }), 'z64.xlsx')).toContain('工作表“名册”的校验码对不上')
  })

  it('20,000 rows of 19 cells', async () => {
    const data = repeatRows(20_000, (r) => `<row r="${r}">${Array.from({ length: 19 }, (_, j) => `<c r="${String.fromCharCode(65 + j)}${r}"><v>${j}</v></c>`).join('')}</row>`)
    const wb = await loadWorkbook(zipParts(workbookParts([{ name: '大表', sheetData: data }])), '大表.xlsx')
    expect(wb.sheets[0].rows.length).toBe(20_000)
    expect(cellAt(wb.sheets[0], 20_000, 19)).toBe(18)
  })

  it('a CSV with mixed line endings, in UTF-8, UTF-16 and GBK', async () => {
    const text = '工号,姓名\r\nS001,罗强洋\nS002,李四\rS003,"王\r\n五"\r\n'
    for (const bytes of [Buffer.from(text, 'utf8'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/,/g, '\t'), 'utf16le')])]) {
      const s = (await loadWorkbook(bytes, 'r.csv')).sheets[0]
      expect(s.rows.map((r) => r[0])).toEqual(['工号', 'S001', 'S002', 'S003'])
      expect(cellAt(s, 4, 2)).toBe('王\r\n五')
    }
    // GBK's second bytes never fall on CR or LF, so the endings can be mixed in the bytes themselves
    const gbk = fs.readFileSync(path.join(fixturesDir, 'satisfaction-2025-Q1.gbk.csv'))
    const lines = gbk.toString('latin1').split(/\r?\n/)
    const mixed = Buffer.from(lines.map((l, i) => l + ['\r\n', '\n', '\r'][i % 3]).join(''), 'latin1')
    const [sound, mixedSheet] = [await loadWorkbook(gbk, 's.csv'), await loadWorkbook(mixed, 's.csv')]
    expect(mixedSheet.notes).toEqual(sound.notes)
    expect(mixedSheet.sheets[0].rows).toEqual(sound.sheets[0].rows)
    expect(sound.sheets[0].rows.length).toBeGreaterThan(3)
  })
})
