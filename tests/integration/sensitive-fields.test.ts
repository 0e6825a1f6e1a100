import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBackend, type Backend } from '../../electron/rpc/backend'
import type { Credential } from '../../electron/core/context'
import type { ExportedFile, ImportPreview, Person, RpcError } from '../../shared/contract'
import { idCheckCharacter } from '../../shared/domain/id-number'
import { runCli } from '../../electron/cli'
import { signInAs, testAccountNames, testPasswords } from '../support/accounts'
import { addSheet, asFile, xlsxBytes } from '../support/import-workbooks'
import { tempDir } from '../support/temp-dir'

/** An 18-digit number with GB 11643's check character, so the roster takes it. */
const id18 = (first17: string) => first17 + idCheckCharacter(first17)

/** Four people of a small unit with every sensitive field filled in, each written the way offices write them. */
const people = [
  { staffNo: 'S01', name: '赵一', department: '办公室', gender: '男', birth: '1986-04', id: id18('11010119860415123'), phone: '13812345678' },
  { staffNo: 'S02', name: '钱二', department: '办公室', gender: '女', birth: '1991-11', id: id18('32010219911102234'), phone: '0571-8765 4321' },
  // an old 15-digit number, taken as it is
  { staffNo: 'S03', name: '孙三', department: '业务科', gender: '男', birth: '1972-08', id: '440304720819345', phone: '+86 139 8765 4321' },
  { staffNo: 'S04', name: '李四', department: '业务科', gender: '女', birth: '1995-06', id: id18('51010719950630456'), phone: '6543210' },
]
/** as the roster stores the phones: digits, the + of an international number kept */
const storedPhone: Record<string, string> = { S01: '13812345678', S02: '057187654321', S03: '+8613987654321', S04: '6543210' }
const maskedPhone: Record<string, string> = { S01: '138****5678', S02: '057*****4321', S03: '+861******4321', S04: '654**10' }

const header = ['工号', '姓名', '部门', '性别', '出生年月', '公民身份号码', '手机号码', '政治面貌']
const rowOf = (p: (typeof people)[number]) => [p.staffNo, p.name, p.department, p.gender, p.birth, p.id, p.phone, '中共党员']

async function rosterFile(rows: (string | number | null)[][], sheet = '人员名册') {
  return asFile('名册.xlsx', await xlsxBytes((wb) => addSheet(wb, sheet, [header, ...rows])))
}

const schemeRows = [
  ['编码', '名称', '上级编码', '权重', '类型', '计分方式'],
  ['D', '德', null, 50, '共性', '评分'],
  ['D1', '政治品质', 'D', 100, '共性', '评分'],
  ['J', '绩', null, 50, '共性', '评分'],
  ['J1', '工作实绩', 'J', 100, '共性', '评分'],
]

/** Every cell of every sheet as the text a reader sees. */
async function allCells(file: ExportedFile): Promise<{ sheet: string; address: string; text: string }[]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer)
  const out: { sheet: string; address: string; text: string }[] = []
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        out.push({ sheet: ws.name, address: cell.address, text: cell.text })
      }),
    ),
  )
  return out
}

/** The value beside each 出生年月 label of the registration forms, in the forms' order. */
function formBirths(cells: { sheet: string; address: string; text: string }[]): string[] {
  const forms = cells.filter((c) => c.sheet.includes('登记表'))
  return forms.flatMap((c, i) => (c.text === '出生年月' ? [forms[i + 1]?.text ?? ''] : []))
}

/** Every full value and every masked value a person's sensitive fields can take in an export. */
const fullValues = people.flatMap((p) => [p.birth, p.id, storedPhone[p.staffNo], p.phone])
const maskedValues = [...people.map((p) => `${p.birth.slice(0, 4)}-**`), ...Object.values(maskedPhone), '110101********', '********', '*****']

describe('sensitive fields: 身份证号, 出生年月 and 联系电话 carried by the roster, masked unless the role sees them, removable from exports', () => {
  const tmp = tempDir('kaohe-sensitive-')
  let backend: Backend
  let clerk: Credential
  let reader: Credential
  let leader: Credential
  const call = async <T>(who: Credential, method: string, input: unknown): Promise<T> => {
    const r = await backend.dispatcher.call(who, method, input)
    if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`)
    return r.result as T
  }
  const refused = async (who: Credential, method: string, input: unknown): Promise<RpcError> => {
    const r = await backend.dispatcher.call(who, method, input)
    if (r.ok) throw new Error(`${method} was expected to fail`)
    return r.error
  }
  /** roster-list answers by department; the tests read it by staff number */
  const roster = async (who: Credential) => (await call<Person[]>(who, 'roster-list', {})).sort((a, b) => a.staffNo.localeCompare(b.staffNo))
  const peopleCount = async () => Number((await backend.database.db.selectFrom('people').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)

  beforeAll(async () => {
    backend = await openBackend(path.join(tmp.dir, 'sensitive.db'), { create: true })
    clerk = await signInAs(backend.dispatcher, 'clerk')
    reader = await signInAs(backend.dispatcher, 'readonly')
    leader = await signInAs(backend.dispatcher, 'leader')
  }, 60_000)

  afterAll(async () => {
    await backend.close()
    tmp.cleanup()
  })

  it('refuses a roster with a wrong check digit, a phone that is no number and an ID stored as a number, each located in words, and writes nothing', async () => {
    const badId = `${people[1].id.slice(0, 17)}${people[1].id[17] === '1' ? '2' : '1'}`
    const file = await rosterFile([
      rowOf(people[0]),
      [...rowOf(people[1]).slice(0, 5), badId, people[1].phone, '中共党员'],
      [...rowOf(people[2]).slice(0, 6), '转8001', '群众'],
      // typed into a General cell, Excel kept 15 significant digits of the 18
      [...rowOf(people[3]).slice(0, 5), 510107199506304000, people[3].phone, '群众'],
    ])
    const preview = await call<ImportPreview>(clerk, 'roster-import-preview', { file })
    const errors = preview.problems.filter((p) => p.severity === 'error')
    expect(errors.map(({ sheet, row, column, columnName }) => ({ sheet, row, column, columnName }))).toEqual([
      { sheet: '人员名册', row: 3, column: 'F', columnName: '公民身份号码' },
      { sheet: '人员名册', row: 4, column: 'G', columnName: '手机号码' },
      { sheet: '人员名册', row: 5, column: 'F', columnName: '公民身份号码' },
    ])
    // the row and column are the problem's own fields, shown beside the message: the words do not repeat them
    expect(errors[0].message).not.toContain(`第 3 行`)
    expect(errors[0].message).toContain(`身份证号“${badId}”的校验位按 GB 11643 计算应为“${people[1].id[17]}”`)
    expect(errors[1].message).toContain('联系电话“转8001”应为 7–20 位数字')
    expect(errors[2].message).toContain('存成了数字')

    const error = await refused(clerk, 'roster-import', { file })
    expect(error.code).toBe('bad-file')
    expect(error.message).toContain('人员名册')
    expect(await peopleCount()).toBe(0)
  })

  it('imports a valid roster, warning where 出生年月 disagrees with the ID’s birth date and naming both', async () => {
    const disagreeing = [...rowOf(people[3])]
    disagreeing[4] = '1995-07'
    const preview = await call<ImportPreview>(clerk, 'roster-import-preview', { file: await rosterFile([...people.slice(0, 3).map(rowOf), disagreeing]) })
    expect(preview.problems).toEqual([
      expect.objectContaining({ severity: 'warning', sheet: '人员名册', row: 5, column: 'E', columnName: '出生年月' }),
    ])
    expect(preview.problems[0].message).toContain('出生年月“1995-07”与身份证号中的出生日期“1995-06-30”不一致')

    await call(clerk, 'roster-import', { file: await rosterFile(people.map(rowOf)) })
    expect(await peopleCount()).toBe(4)
  })

  it('roster-list shows the clerk every value in full', async () => {
    const list = await roster(clerk)
    expect(list.map(({ staffNo, birth, idNumber, phone }) => ({ staffNo, birth, idNumber, phone }))).toEqual(
      people.map((p) => ({ staffNo: p.staffNo, birth: p.birth, idNumber: p.id, phone: storedPhone[p.staffNo] })),
    )
  })

  it.each([
    ['readonly', () => reader],
    ['leader', () => leader],
  ])('roster-list shows a %s account the values masked', async (_role, who) => {
    const list = await roster(who())
    expect(list.map(({ staffNo, birth, idNumber, phone }) => ({ staffNo, birth, idNumber, phone }))).toEqual([
      { staffNo: 'S01', birth: '1986-**', idNumber: `110101********${people[0].id.slice(14)}`, phone: maskedPhone.S01 },
      { staffNo: 'S02', birth: '1991-**', idNumber: `320102********${people[1].id.slice(14)}`, phone: maskedPhone.S02 },
      { staffNo: 'S03', birth: '1972-**', idNumber: '440304*****9345', phone: maskedPhone.S03 },
      { staffNo: 'S04', birth: '1995-**', idNumber: `510107********${people[3].id.slice(14)}`, phone: maskedPhone.S04 },
    ])
  })

  it('keeps the full values out of the audit log: the import’s person entries hold them masked', async () => {
    const rows = await backend.database.db.selectFrom('audit_log').select(['before', 'after']).where('entity', '=', 'person').execute()
    expect(rows).toHaveLength(4)
    const logged = rows.map((r) => `${r.before ?? ''}${r.after ?? ''}`).join('\n')
    for (const p of people) {
      expect(logged).not.toContain(p.id)
      expect(logged).not.toContain(storedPhone[p.staffNo])
      expect(logged).not.toContain(`"${p.birth}"`)
    }
    expect(logged).toContain(maskedPhone.S01)
  })

  it('updates them on re-import like any person field, and keeps them when the file has no such column', async () => {
    const changed = people.map(rowOf)
    changed[0][6] = '13900001111'
    const preview = await call<ImportPreview>(clerk, 'roster-import-preview', { file: await rosterFile(changed) })
    expect(preview).toMatchObject({ adds: 0, changes: 1, unchanged: 3 })
    await call(clerk, 'roster-import', { file: await rosterFile(changed) })
    const withoutColumns = asFile('名册.xlsx', await xlsxBytes((wb) => addSheet(wb, '人员名册', [['工号', '姓名', '部门'], ...people.map((p) => [p.staffNo, p.name, p.department])])))
    await call(clerk, 'roster-import', { file: withoutColumns })
    const list = await roster(clerk)
    expect(list.map((p) => p.phone)).toEqual(['13900001111', storedPhone.S02, storedPhone.S03, storedPhone.S04])
    expect(list.map((p) => p.idNumber)).toEqual(people.map((p) => p.id))
    // back to the first file's phone, for the exports below
    await call(clerk, 'roster-import', { file: await rosterFile(people.map(rowOf)) })
  })

  describe('the annual report', () => {
    beforeAll(async () => {
      await call(clerk, 'scheme-import', { file: asFile('y.xlsx', await xlsxBytes((wb) => addSheet(wb, '体系', schemeRows))), name: '年度考核2025' })
      await call(clerk, 'period-create', { id: '2025', kind: 'annual', scheme: '年度考核2025' })
      const scores: Record<string, number> = { S01: 95, S02: 88, S03: 82, S04: 76 }
      const cells = Object.entries(scores).flatMap(([staffNo, score]) => ['D1', 'J1'].map((code) => ({ staffNo, code, score })))
      await call(clerk, 'entry-save', { period: '2025', role: '领导', rater: '局长', cells })
      await call(clerk, 'results-compute', { period: '2025' })
    }, 60_000)

    it('shows a read-only account 出生年月 masked on every registration form, and no full value anywhere', async () => {
      const cells = await allCells(await call<ExportedFile>(reader, 'report-export', { period: '2025' }))
      expect(formBirths(cells).sort()).toEqual(['1972-**', '1986-**', '1991-**', '1995-**'])
      expect(cells.filter((c) => fullValues.some((v) => c.text.includes(v)))).toEqual([])
      expect(cells.some((c) => c.text.includes('只显示年份'))).toBe(true)
    })

    it('shows the clerk 出生年月 in full', async () => {
      const cells = await allCells(await call<ExportedFile>(clerk, 'report-export', { period: '2025' }))
      expect(formBirths(cells).sort()).toEqual(['1972-08', '1986-04', '1991-11', '1995-06'])
    })

    it.each([
      ['clerk', () => clerk],
      ['readonly', () => reader],
    ])('with omitSensitive (as %s): no birth, ID or phone in any cell of any sheet, full or masked; each form says 已按要求省略', async (_role, who) => {
      const cells = await allCells(await call<ExportedFile>(who(), 'report-export', { period: '2025', omitSensitive: true }))
      expect(cells.length).toBeGreaterThan(100)
      expect(cells.filter((c) => [...fullValues, ...maskedValues].some((v) => c.text.includes(v)))).toEqual([])
      expect(formBirths(cells)).toEqual(['已按要求省略', '已按要求省略', '已按要求省略', '已按要求省略'])
      expect(cells.some((c) => c.text === '已按要求省略：不含身份证号、出生日期、联系电话')).toBe(true)
    })

    it('kaohe export report --omit-sensitive writes the same workbook without them', async () => {
      const out = path.join(tmp.dir, '年度考核报告.xlsx')
      const lines: string[] = []
      const io = { out: (s: string) => lines.push(s), err: (s: string) => lines.push(s), signal: new AbortController().signal }
      const env = { KAOHE_USER: testAccountNames.readonly, KAOHE_PASSWORD: testPasswords.working }
      const code = await runCli(['export', 'report', '--period', '2025', '--out', out, '--omit-sensitive', '--db', path.join(tmp.dir, 'sensitive.db')], io, env)
      expect({ code, lines }).toMatchObject({ code: 0 })
      const cells = await allCells({ fileName: 'x.xlsx', dataBase64: fs.readFileSync(out).toString('base64') })
      expect(formBirths(cells)).toEqual(['已按要求省略', '已按要求省略', '已按要求省略', '已按要求省略'])
      expect(cells.filter((c) => [...fullValues, ...maskedValues].some((v) => c.text.includes(v)))).toEqual([])
    })
  })

  describe('the roster grid exported as shown', () => {
    const grid = (rows: Person[], omitSensitive?: boolean) => ({
      title: '人员名册',
      columns: [
        { header: '工号', kind: 'text' },
        { header: '姓名', kind: 'text' },
        { header: '出生年月', kind: 'text', sensitive: true },
        { header: '身份证号', kind: 'text', sensitive: true },
        { header: '联系电话', kind: 'text', sensitive: true },
        { header: '部门', kind: 'text' },
      ],
      rows: rows.map((p) => [p.staffNo, p.name, p.birth, p.idNumber, p.phone, p.department]),
      freeze: 2,
      ...(omitSensitive === undefined ? {} : { omitSensitive }),
    })

    it('writes what the grid got (a clerk’s full values) when not asked to omit them', async () => {
      const list = await roster(clerk)
      const cells = await allCells(await call<ExportedFile>(clerk, 'grid-export', grid(list)))
      expect(cells.some((c) => c.text === people[0].id)).toBe(true)
    })

    it('leaves the sensitive columns out altogether with omitSensitive', async () => {
      const list = await roster(clerk)
      const cells = await allCells(await call<ExportedFile>(clerk, 'grid-export', grid(list, true)))
      expect(cells.filter((c) => [...fullValues, ...maskedValues].some((v) => c.text.includes(v)))).toEqual([])
      expect(cells.filter((c) => /出生|身份证|电话/.test(c.text))).toEqual([])
      expect(cells.filter((c) => c.text === '部门').map((c) => c.address)).toEqual(['C2'])
    })
  })

  it('offers 身份证号 and 联系电话 as optional text columns in the roster template', async () => {
    const file = await call<ExportedFile>(clerk, 'template-get', { kind: 'roster' })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer)
    const ws = wb.getWorksheet('人员名册')!
    const headers = (ws.getRow(2).values as unknown[]).slice(1).map(String)
    for (const label of ['身份证号', '联系电话']) {
      expect(headers).toContain(label)
      expect(ws.getColumn(headers.indexOf(label) + 1).numFmt).toBe('@')
    }
  })
})
