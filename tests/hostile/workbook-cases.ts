import fs from 'node:fs'
import path from 'node:path'
import { writeCraftedZip, type CraftedEntry } from './crafted-zip'
import { columnLetters, largeSheet, rowXml, sheetXml, xlsxEntries } from './xlsx-parts'

/** One hostile file: what it is in words (for the printed counts and a failure's message) and how to make it. */
export interface HostileCase {
  name: string
  about: string
  make(dir: string): string
}

const ROSTER_HEAD = ['工号', '姓名', '部门', '职务', '职级']
const sound = (r: number) => rowXml(r, [`A${String(r).padStart(4, '0')}`, `测试${r}`, '财政所', '科员', '一级科员'])

function xlsx(name: string, about: string, entries: () => CraftedEntry[]): HostileCase {
  return {
    name,
    about,
    make(dir) {
      const file = path.join(dir, `${name}.xlsx`)
      writeCraftedZip(file, entries())
      return file
    },
  }
}

const oneSheet = (xml: CraftedEntry['data'], extra: CraftedEntry[] = []) => xlsxEntries([{ name: '名册', xml }], extra)
const table = (rows: number) => sheetXml(rowXml(1, ROSTER_HEAD) + Array.from({ length: rows }, (_, i) => sound(i + 2)).join(''))

/** Workbooks that are zips of XML: damaged, bombs, giant claims, odd contents. */
export function workbookCases(): HostileCase[] {
  const cases: HostileCase[] = []
  // damaged zips: a sound workbook cut or altered at different places
  const soundEntries = () => oneSheet(table(50))
  for (const frac of [0.1, 0.3, 0.5, 0.7, 0.9, 0.99]) {
    cases.push({
      name: `truncated-${Math.round(frac * 100)}`,
      about: `一个正常工作簿只留下前 ${Math.round(frac * 100)}%`,
      make(dir) {
        const whole = path.join(dir, `whole-${frac}.tmp`)
        writeCraftedZip(whole, soundEntries())
        const bytes = fs.readFileSync(whole)
        fs.rmSync(whole)
        const file = path.join(dir, `truncated-${Math.round(frac * 100)}.xlsx`)
        fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * frac)))
        return file
      },
    })
  }
  cases.push(xlsx('crc-wrong', '工作表的校验值不符（内容在传输中被改动）', () => soundEntries().map((e) => (e.name.includes('worksheets') ? { ...e, claimCrc: 0x12345678 } : e))))
  cases.push({
    name: 'byte-flipped',
    about: '工作表压缩数据中间的一个字节被改动',
    make(dir) {
      const file = path.join(dir, 'byte-flipped.xlsx')
      writeCraftedZip(file, oneSheet(table(200), []).map((e) => (e.name.includes('worksheets') ? { ...e, stored: true } : e)))
      const bytes = fs.readFileSync(file)
      const at = bytes.indexOf(Buffer.from('测试9'))
      bytes[at + 6] = '8'.charCodeAt(0)
      fs.writeFileSync(file, bytes)
      return file
    },
  })
  cases.push(xlsx('size-lies-small', '目录声称的大小比实际小', () => soundEntries().map((e) => (e.name.includes('worksheets') ? { ...e, claimSize: 100 } : e))))
  cases.push(xlsx('size-lies-huge', '目录声称一个部件超过 4 GB', () => soundEntries().map((e) => (e.name.includes('worksheets') ? { ...e, claimSize: 0xffffffff } : e))))
  cases.push(xlsx('no-workbook-part', '有工作表但缺少 xl/workbook.xml', () => soundEntries().filter((e) => e.name !== 'xl/workbook.xml')))
  cases.push(xlsx('no-sheet-part', '工作簿指向一个不存在的工作表部件', () => soundEntries().filter((e) => !e.name.includes('worksheets'))))
  cases.push(xlsx('bad-xml', '工作表不是合法的 XML', () => oneSheet(Buffer.from('<worksheet><sheetData><row r="1"><c r="A1"'))))
  cases.push(xlsx('undefined-entity', '工作表里有未定义的实体 &nope;', () => oneSheet(sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>&nope;</t></is></c></row>`))))
  cases.push(xlsx('rich-text-broken', '共享字符串的富文本缺少文字', () => oneSheet(sheetXml(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`), [{ name: 'xl/sharedStrings.xml', data: Buffer.from('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r></r></si></sst>') }])))
  cases.push(xlsx('shared-string-missing', '单元格指向不存在的共享字符串', () => oneSheet(sheetXml(`<row r="1"><c r="A1" t="s"><v>999999</v></c></row>`))))
  // bombs and giant claims
  cases.push(xlsx('zip-bomb', '一个 1 MB 的文件解压后 1 GB', () => oneSheet(() => zeros(1024 * 1024 * 1024))))
  cases.push(xlsx('entity-expansion', '实体层层展开（十亿笑）', () => oneSheet(Buffer.from(laughs()))))
  cases.push(xlsx('external-entity', '实体指向本机文件 /etc/passwd', () => oneSheet(Buffer.from(`<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row></sheetData></worksheet>`))))
  cases.push(xlsx('a-and-xfd', '5 万行，每行 A 列和 XFD 列各一个单元格', () => oneSheet(() => largeSheet(50_000, (r) => `<row r="${r}"><c r="A${r}"><v>1</v></c><c r="XFD${r}"><v>2</v></c></row>`))))
  cases.push(xlsx('styled-empty-rows', '100 万行带格式的空单元格', () => oneSheet(() => largeSheet(1_000_000, (r) => `<row r="${r}"><c r="A${r}" s="1"/></row>`))))
  cases.push(xlsx('row-50-million', '只有一个单元格，在第 5000 万行', () => oneSheet(sheetXml(rowXml(1, ROSTER_HEAD) + `<row r="50000000"><c r="A50000000"><v>1</v></c></row>`))))
  cases.push(xlsx('column-beyond-xfd', '单元格在 XFD 之后的列', () => oneSheet(sheetXml(`<row r="1"><c r="ZZZ1"><v>1</v></c></row>`))))
  cases.push(xlsx('dimension-claims-all', '声明的范围是整张表 A1:XFD1048576', () => oneSheet(sheetXml(rowXml(1, ROSTER_HEAD), '<dimension ref="A1:XFD1048576"/>'))))
  cases.push(xlsx('merge-whole-sheet', '一个合并区域覆盖整张表', () => oneSheet(sheetXml(rowXml(1, ROSTER_HEAD), '', '<mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells>'))))
  cases.push(xlsx('merges-20000', '两万个合并区域', () => oneSheet(sheetXml(rowXml(1, ROSTER_HEAD), '', `<mergeCells count="20000">${Array.from({ length: 20_000 }, (_, i) => `<mergeCell ref="A${i * 2 + 2}:B${i * 2 + 2}"/>`).join('')}</mergeCells>`))))
  cases.push(xlsx('styles-6-million', '600 万个单元格格式', () => oneSheet(table(5), [{ name: 'xl/styles.xml', data: () => manyStyles(6_000_000) }])))
  cases.push(xlsx('cell-1mb', '一个单元格 100 万个字符', () => oneSheet(sheetXml(rowXml(1, ROSTER_HEAD) + rowXml(2, ['A0001', '测'.repeat(1_048_576), '财政所', '科员', '一级科员'])))))
  cases.push(xlsx('cell-40k', '一个单元格 4 万个字符（超过 Excel 的 32767）', () => oneSheet(sheetXml(rowXml(1, ROSTER_HEAD) + rowXml(2, ['A0001', '张'.repeat(40_000), '财政所', '科员', '一级科员'])))))
  cases.push(xlsx('parts-30000', '三万个部件', () => [...soundEntries(), ...Array.from({ length: 30_000 }, (_, i) => ({ name: `x/${i}.xml`, data: Buffer.from('<x/>'), stored: true }))]))
  // odd but well-formed contents
  cases.push(xlsx('hidden-only', '唯一的工作表是隐藏的', () => xlsxEntries([{ name: '名册', state: 'hidden', xml: table(10) }])))
  cases.push(xlsx('very-hidden-only', '唯一的工作表是深度隐藏的', () => xlsxEntries([{ name: '名册', state: 'veryHidden', xml: table(10) }])))
  cases.push(xlsx('hidden-beside-visible', '一张隐藏的名册在一张空表旁', () => xlsxEntries([{ name: '封面', xml: sheetXml('') }, { name: '名册', state: 'veryHidden', xml: table(10) }])))
  cases.push(xlsx('empty-sheet', '唯一的工作表是空的', () => oneSheet(sheetXml(''))))
  cases.push(xlsx('no-sheets', '工作簿里没有工作表', () => xlsxEntries([])))
  cases.push(xlsx('images-only', '只有图片，没有单元格', () => oneSheet(sheetXml('', '', '<drawing r:id="rId1"/>'), [{ name: 'xl/media/image1.png', data: Buffer.alloc(2048, 7) }])))
  cases.push(xlsx('formulas-no-values', '全是公式，没有计算结果', () => oneSheet(sheetXml(rowXml(1, ROSTER_HEAD) + `<row r="2"><c r="A2"><f>"A"&amp;1</f></c><c r="B2"><f>CONCAT("测","试")</f></c></row>`))))
  cases.push(xlsx('formulas-cached', '公式带计算结果', () => oneSheet(sheetXml(rowXml(1, ROSTER_HEAD) + `<row r="2"><c r="A2" t="str"><f>"A0001"</f><v>A0001</v></c><c r="B2" t="str"><f>"张三"</f><v>张三</v></c><c r="C2" t="str"><f>"财政所"</f><v>财政所</v></c></row>`))))
  cases.push(xlsx('error-values', '单元格是错误值 #N/A #DIV/0!', () => oneSheet(sheetXml(rowXml(1, ROSTER_HEAD) + `<row r="2"><c r="A2" t="e"><v>#N/A</v></c><c r="B2" t="e"><v>#DIV/0!</v></c></row>`))))
  cases.push(xlsx('formula-injection', '文字以 = + - @ 开头', () => oneSheet(sheetXml(rowXml(1, ROSTER_HEAD) + rowXml(2, ['=1+1', '+cmd|calc', '-2+3', '@SUM(A1)', '一级科员'])))))
  cases.push(xlsx('note-between-blocks', '两块数据之间夹着一行“注：”', () => oneSheet(sheetXml(rowXml(1, ROSTER_HEAD) + [2, 3, 4].map(sound).join('') + rowXml(5, ['注：以下为借调人员']) + [6, 7, 8].map(sound).join('')))))
  cases.push(xlsx('headers-only', '只有表头', () => oneSheet(sheetXml(rowXml(1, ROSTER_HEAD)))))
  cases.push(xlsx('control-chars', '文字里有控制字符', () => oneSheet(sheetXml(rowXml(1, ROSTER_HEAD) + rowXml(2, ['A0001', '张\u0001三\u0007', '财政所', '科员', '一级科员'])))))
  cases.push(xlsx('sheet-name-odd', '工作表名里有引号和斜杠', () => xlsxEntries([{ name: `名'册"/\\*?`, xml: table(3) }])))
  cases.push(xlsx('1000-sheets', '一千张工作表', () => xlsxEntries(Array.from({ length: 1000 }, (_, i) => ({ name: `表${i + 1}`, xml: sheetXml(rowXml(1, ['x'])) })))))
  return cases
}

function* zeros(total: number): Iterable<Buffer> {
  const chunk = Buffer.alloc(8 * 1024 * 1024, 0x20)
  for (let n = 0; n < total; n += chunk.length) yield chunk
}

function laughs(): string {
  const ents = ['<!ENTITY l0 "哈哈哈哈哈哈哈哈哈哈">']
  for (let i = 1; i < 10; i++) ents.push(`<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`)
  return `<?xml version="1.0"?><!DOCTYPE w [${ents.join('')}]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&l9;</t></is></c></row></sheetData></worksheet>`
}

function* manyStyles(n: number): Iterable<Buffer> {
  yield Buffer.from(`<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="${n}">`)
  const batch = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'.repeat(50_000)
  for (let i = 0; i < n; i += 50_000) yield Buffer.from(batch)
  yield Buffer.from('</cellXfs></styleSheet>')
}

