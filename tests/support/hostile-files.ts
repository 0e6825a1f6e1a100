import { minimalStyles, repeatRows, stylesWithFormats, workbookParts, zipParts, type ZipPart } from './hostile-workbooks'

/**
 * The hostile files of issue #15, each built from scratch (nothing committed): what it is, its
 * name, and its bytes. The tests read them back from a temp folder; bench/hostile-files.ts
 * measures each one's peak memory in a process of its own.
 */
export interface HostileCase {
  id: string
  fileName: string
  build(): Buffer
}

const ss = (items: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${items.length}" uniqueCount="${items.length}">${items.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`

const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>工号</t></is></c><c r="B1" t="inlineStr"><is><t>姓名</t></is></c></row>'

export const hostileCases: HostileCase[] = [
  {
    id: 'a-and-xfd-50000-rows',
    fileName: '宽表.xlsx',
    build: () => zipParts(workbookParts([{ name: '名册', sheetData: repeatRows(50_000, (r) => `<row r="${r}"><c r="A${r}"><v>1</v></c><c r="XFD${r}"><v>2</v></c></row>`) }])),
  },
  {
    id: 'million-styled-empty-rows',
    fileName: '空行.xlsx',
    build: () =>
      zipParts(workbookParts([{ name: '名册', sheetData: Buffer.concat([Buffer.from(header), repeatRows(1_000_000, (r) => `<row r="${r + 1}" s="1" customFormat="1"/>`)]) }], { styles: minimalStyles })),
  },
  {
    id: 'cell-at-row-50000000',
    fileName: '远行.xlsx',
    build: () => zipParts(workbookParts([{ name: '名册', sheetData: `${header}<row r="50000000"><c r="A50000000"><v>1</v></c></row>` }])),
  },
  {
    id: 'six-million-styles',
    fileName: '样式.xlsx',
    build: () => zipParts(workbookParts([{ name: '名册', sheetData: header }], { styles: stylesWithFormats(6_000_000) })),
  },
  {
    id: 'crc-corrupted-sheet',
    fileName: '校验.xlsx',
    build: () => {
      const parts = workbookParts([{ name: '名册', sheetData: `${header}<row r="2"><c r="A2" t="inlineStr"><is><t>S001</t></is></c><c r="B2" t="inlineStr"><is><t>测试9</t></is></c></row>` }])
      // the bytes a bad copy changed: the directory still records the CRC of the sound sheet
      const sheet = parts.find((p) => p.name === 'xl/worksheets/sheet1.xml') as ZipPart
      const sound = zipParts([sheet])
      const changed = Buffer.from(sheet.data.toString('utf8').replace('测试9', '测试8'))
      sheet.crc = sound.readUInt32LE(14)
      sheet.data = changed
      return zipParts(parts)
    },
  },
  {
    id: 'truncated-zip',
    fileName: '截断.xlsx',
    build: () => {
      const whole = zipParts(workbookParts([{ name: '名册', sheetData: header }]))
      return whole.subarray(0, Math.floor(whole.length * 0.6))
    },
  },
  {
    id: 'entity-expansion',
    fileName: '实体.xlsx',
    build: () => {
      const bomb =
        '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>' +
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&c;</t></si></sst>'
      return zipParts(workbookParts([{ name: '名册', sheetData: `${header}<row r="2"><c r="A2" t="s"><v>0</v></c></row>` }], { sharedStrings: bomb }))
    },
  },
  {
    id: 'one-mb-cell',
    fileName: '长文本.xlsx',
    build: () =>
      zipParts(
        workbookParts([{ name: '名册', sheetData: `${header}<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c></row>` }], {
          sharedStrings: ss(['S001', `简历${'很长的文字'.repeat(209_715)}`]),
        }),
      ),
  },
  {
    id: 'undefined-entity',
    fileName: '坏符号.xlsx',
    build: () => zipParts(workbookParts([{ name: '名册', sheetData: `${header}<row r="2"><c r="A2" t="inlineStr"><is><t>R&amp;D &nbsp; 部</t></is></c></row>` }])),
  },
  {
    id: 'missing-shared-text',
    fileName: '缺文字.xlsx',
    build: () => zipParts(workbookParts([{ name: '名册', sheetData: `${header}<row r="2"><c r="A2" t="s"><v>7</v></c></row>` }], { sharedStrings: ss(['S001']) })),
  },
  {
    id: 'huge-csv-line',
    fileName: '长行.csv',
    build: () => Buffer.from(`工号,姓名,备注\r\nS001,罗强洋,"${'没有收尾的引号'.repeat(10_000)}\r\nS002,李四,好\r\n`, 'utf8'),
  },
]
