import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import { fixturesDir } from '../support/temp-dir'
import { writeCraftedZip } from './crafted-zip'
import type { HostileCase } from './workbook-cases'

const bytesCase = (name: string, about: string, ext: string, bytes: () => Buffer): HostileCase => ({
  name,
  about,
  make(dir) {
    const file = path.join(dir, `${name}${ext}`)
    fs.writeFileSync(file, bytes())
    return file
  },
})

/** Deterministic noise: the same bytes every run, so a failure can be reproduced. */
function noise(length: number, seed: number, prefix = Buffer.alloc(0)): Buffer {
  const b = Buffer.alloc(length)
  let x = seed
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff
    b[i] = x >> 16
  }
  prefix.copy(b)
  return b
}

/** Other formats, renamed files, CSV in every encoding, nothing files. */
export function fileCases(): HostileCase[] {
  const cases: HostileCase[] = []
  const corpus = path.join(fixturesDir, 'corpus')
  // other spreadsheet formats, each named .xlsx as offices rename freely
  for (const f of fs.readdirSync(corpus).filter((n) => /\.(xls|xlsb|ods)$/.test(n))) {
    cases.push(bytesCase(`format-${f}`, `另一种格式（${path.extname(f)}）改名为 .xlsx`, '.xlsx', () => fs.readFileSync(path.join(corpus, f))))
  }
  cases.push(bytesCase('word-renamed', 'Word 文档改名为 .xlsx', '.xlsx', () => wordDocx()))
  cases.push(bytesCase('html-renamed', '网页表格改名为 .xls', '.xls', () => Buffer.from('<html><body><table><tr><td>工号</td><td>姓名</td></tr></table></body></html>')))
  cases.push(bytesCase('xml-2003', 'XML 电子表格 2003', '.xml', () => Buffer.from('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet/></Workbook>')))
  cases.push(bytesCase('encrypted-ole', '设了打开密码的 Excel 文件', '.xlsx', () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(1024)])))
  cases.push(bytesCase('pdf-renamed', 'PDF 改名为 .xlsx', '.xlsx', () => Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF')))
  cases.push(bytesCase('png-renamed', '图片改名为 .xlsx', '.xlsx', () => noise(4096, 3, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))))
  // CSV: encodings, line endings, sizes
  const csv = '工号,姓名,部门,职务,职级\nA0001,张三,财政所,科员,一级科员\nA0002,李四,财政所,科员,二级科员\n'
  cases.push(bytesCase('csv-gbk', 'GBK 编码的 CSV', '.csv', () => fs.readFileSync(path.join(fixturesDir, 'satisfaction-2025-Q1.gbk.csv'))))
  cases.push(bytesCase('csv-utf16le', 'UTF-16（小端，带 BOM）的 CSV', '.csv', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')])))
  cases.push(bytesCase('csv-utf16be', 'UTF-16（大端，带 BOM）的 CSV', '.csv', () => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(csv, 'utf16le').swap16()])))
  cases.push(bytesCase('csv-utf16-no-bom', '没有 BOM 的 UTF-16 CSV', '.csv', () => Buffer.from(csv, 'utf16le')))
  cases.push(bytesCase('csv-mixed-eol', '换行符混用 \\r\\n、\\n、\\r', '.csv', () => Buffer.from(csv.replace('\n', '\r\n').replace(/\nA0002/, '\rA0002'))))
  cases.push(bytesCase('csv-bom-utf8', '带 BOM 的 UTF-8 CSV', '.csv', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)])))
  cases.push(bytesCase('csv-semicolon', '分号分隔的 CSV', '.csv', () => Buffer.from(csv.replace(/,/g, ';'))))
  cases.push(bytesCase('csv-unclosed-quote', '引号没有闭合', '.csv', () => Buffer.from('工号,姓名\n"A0001,张三\nA0002,李四\n')))
  cases.push(bytesCase('csv-nul', '文字里有 NUL 字节', '.csv', () => Buffer.from('工号,姓名\nA00\u000001,张三\n')))
  cases.push(bytesCase('csv-long-line', '一行 2000 万个字符', '.csv', () => Buffer.concat([Buffer.from('工号,姓名\nA0001,'), Buffer.alloc(20_000_000, 0x61), Buffer.from('\n')])))
  cases.push(bytesCase('csv-many-columns', '一行 10 万列', '.csv', () => Buffer.from(`${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',')}\n`)))
  cases.push(bytesCase('csv-many-rows', '300 万行的 CSV', '.csv', () => Buffer.from(`工号,姓名\n${'A0001,张三\n'.repeat(3_000_000)}`)))
  cases.push(bytesCase('csv-cell-40k', '一个单元格 4 万个字符', '.csv', () => Buffer.from(`工号,姓名\nA0001,${'张'.repeat(40_000)}\n`)))
  cases.push(bytesCase('csv-invalid-utf8', '不是任何已知编码的字节', '.csv', () => noise(2048, 11)))
  cases.push(bytesCase('csv-formula', '文字以 = 开头的 CSV', '.csv', () => Buffer.from('工号,姓名,部门\n=1+1,+cmd|calc,@SUM(A1)\n')))
  // nothing files
  cases.push(bytesCase('empty', '空文件（0 字节）', '.xlsx', () => Buffer.alloc(0)))
  cases.push(bytesCase('one-byte', '只有一个字节', '.xlsx', () => Buffer.from('P')))
  cases.push(bytesCase('pk-only', '只有 PK 开头', '.xlsx', () => Buffer.from('PK\u0003\u0004')))
  for (const [i, size] of [64, 4096, 65_536, 1_048_576].entries()) {
    cases.push(bytesCase(`random-${size}`, `${size} 个随机字节`, '.xlsx', () => noise(size, 100 + i)))
    cases.push(bytesCase(`random-pk-${size}`, `以 PK 开头的 ${size} 个随机字节`, '.xlsx', () => noise(size, 200 + i, Buffer.from('PK\u0003\u0004'))))
  }
  cases.push(bytesCase('spaces', '只有空格和换行', '.csv', () => Buffer.from('   \n\n  \r\n')))
  cases.push({
    name: 'directory',
    about: '一个文件夹而不是文件',
    make(dir) {
      const d = path.join(dir, 'a-folder.xlsx')
      fs.mkdirSync(d)
      return d
    },
  })
  return cases
}

/** Files that look like databases or packages: offered to restore and to the exchange import as well. */
export function databaseCases(): HostileCase[] {
  const sqliteCase = (name: string, about: string, build: (db: SqliteDatabase.Database) => void): HostileCase => ({
    name,
    about,
    make(dir) {
      const file = path.join(dir, `${name}.db`)
      const db = new SqliteDatabase(file)
      build(db)
      db.close()
      return file
    },
  })
  return [
    sqliteCase('sqlite-not-ours', '另一个程序的 SQLite 数据库', (db) => db.exec('CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO contacts VALUES (1, \'x\')')),
    sqliteCase('sqlite-newer-schema', '更新版本考核程序的数据库', (db) =>
      db.exec("CREATE TABLE schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL); INSERT INTO schema_migrations VALUES (1, '001-initial', '2030-01-01'), (999, '999-from-the-future', '2030-01-01')"),
    ),
    sqliteCase('sqlite-empty-schema', '空的 SQLite 数据库', () => undefined),
    bytesCase('sqlite-truncated', '截断的数据库文件', '.db', () => Buffer.concat([Buffer.from('SQLite format 3\u0000'), noise(5000, 7)])),
    bytesCase('sqlite-header-only', '只有数据库文件头', '.db', () => Buffer.from('SQLite format 3\u0000')),
    bytesCase('khx-random', '随机字节改名为交换包', '.khx', () => noise(8192, 31, Buffer.from('PK\u0003\u0004'))),
    {
      name: 'khx-no-manifest',
      about: '没有 manifest.json 的交换包',
      make(dir) {
        const file = path.join(dir, 'khx-no-manifest.khx')
        writeCraftedZip(file, [{ name: 'people.jsonl', data: Buffer.from('{"id":1}\n') }])
        return file
      },
    },
    {
      name: 'khx-bomb',
      about: '解压后 1 GB 的交换包',
      make(dir) {
        const file = path.join(dir, 'khx-bomb.khx')
        const chunk = Buffer.alloc(8 * 1024 * 1024, 0x7b)
        writeCraftedZip(file, [{ name: 'manifest.json', data: Buffer.from('{}') }, { name: 'people.jsonl', data: () => Array.from({ length: 128 }, () => chunk) }])
        return file
      },
    },
  ]
}

function wordDocx(): Buffer {
  const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kaohe-docx-')), 'a.docx')
  writeCraftedZip(tmp, [
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
  ])
  const bytes = fs.readFileSync(tmp)
  fs.rmSync(path.dirname(tmp), { recursive: true })
  return bytes
}
