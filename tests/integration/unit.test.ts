import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type OpenedDatabase } from '../../electron/db/open-database'
import { createDispatcher, type Dispatcher } from '../../electron/rpc/dispatch'
import type { Credential } from '../../electron/core/context'
import { handlers } from '../../electron/core/handlers'
import { signInAs } from '../support/accounts'
import { seedFixture2025Q1 } from '../support/seed-fixture-2025-q1'
import { cliAs } from '../support/run-cli'
import { tempDir } from '../support/temp-dir'
import type { ExportedFile, UnitInfo } from '../../shared/contract'

const unit = { name: '  某县城市管理局 ', parent: '某县人民政府', creditCode: '11350100m000100y43' }
const unset: UnitInfo = { name: '', parent: '', creditCode: '' }

describe('本单位 through the dispatch: set by the 考核工作人员, carried by the period report', () => {
  const tmp = tempDir('kaohe-unit-')
  let database: OpenedDatabase
  let dispatcher: Dispatcher
  const who = {} as Record<'clerk' | 'readonly' | 'sysadmin', Credential>
  beforeAll(async () => {
    database = await openDatabase(path.join(tmp.dir, 'unit.db'), { create: true })
    dispatcher = createDispatcher(database.db, { dbPath: database.path, version: 'test' }, handlers)
    await seedFixture2025Q1(database, ['2025-Q2'])
    for (const role of ['clerk', 'readonly', 'sysadmin'] as const) who[role] = await signInAs(dispatcher, role)
  })
  afterAll(async () => {
    await database.close()
    tmp.cleanup()
  })
  const unitRows = () => database.db.selectFrom('settings').selectAll().where('key', 'like', 'unit.%').orderBy('key').execute()

  it('reads as unset on a new database, for a reader too', async () => {
    expect(await dispatcher.call(who.readonly, 'unit-get', {})).toEqual({ ok: true, result: unset })
  })

  it('refuses the 只读 account and the 系统管理员, changing nothing', async () => {
    for (const role of ['readonly', 'sysadmin'] as const) {
      const r = await dispatcher.call(who[role], 'unit-set', unit)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error.code).toBe('forbidden')
    }
    expect(await unitRows()).toEqual([])
  })

  it('refuses a credit code whose check character is wrong, naming the code and the right character', async () => {
    const r = await dispatcher.call(who.clerk, 'unit-set', { ...unit, creditCode: '91350100M000100Y44' })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('invalid-input')
      expect(r.error.message).toContain('统一社会信用代码“91350100M000100Y44”的最后一位校验码不对（按前 17 位应为“3”）')
    }
    const short = await dispatcher.call(who.clerk, 'unit-set', { ...unit, creditCode: '9135' })
    if (!short.ok) expect(short.error.message).toContain('统一社会信用代码“9135”不是 18 位')
    expect(short.ok).toBe(false)
    expect(await unitRows()).toEqual([])
  })

  it('stores the clerk’s name trimmed and the code as written on the licence, audited before and after', async () => {
    const r = await dispatcher.call(who.clerk, 'unit-set', { ...unit, creditCode: '91350100m000100y43' })
    const saved = { name: '某县城市管理局', parent: '某县人民政府', creditCode: '91350100M000100Y43' }
    expect(r).toEqual({ ok: true, result: saved })
    expect(await dispatcher.call(who.readonly, 'unit-get', {})).toEqual({ ok: true, result: saved })
    const entry = await database.db.selectFrom('audit_log').selectAll().where('method', '=', 'unit-set').executeTakeFirstOrThrow()
    expect(entry.entity).toBe('settings')
    expect(JSON.parse(entry.before!)).toEqual(unset)
    expect(JSON.parse(entry.after!)).toEqual(saved)
  })

  it('the exported period report names the unit in its title and 说明 sheet', async () => {
    const computed = await dispatcher.call(who.clerk, 'results-compute', { period: '2025-Q1' })
    expect(computed.ok).toBe(true)
    const r = await dispatcher.call(who.readonly, 'report-export', { period: '2025-Q1' })
    expect(r.ok).toBe(true)
    const file = (r as { ok: true; result: ExportedFile }).result
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ExcelJS.Buffer)
    expect(wb.getWorksheet('明细')!.getCell('A1').value).toBe('某县城市管理局2025年第一季度平时考核结果明细表')
    const items = new Map<string, unknown>()
    wb.getWorksheet('说明')!.eachRow((row, n) => {
      if (n > 2) items.set(String(row.getCell(2).value), row.getCell(3).value)
    })
    expect(items.get('单位')).toBe('某县城市管理局')
  })
})

describe('kaohe unit: the shapes other programs read', () => {
  const tmp = tempDir('kaohe-unit-cli-')
  const db = path.join(tmp.dir, 'kaohe.db')
  afterAll(() => tmp.cleanup())

  it('unit show --json on a new database: every field ""', async () => {
    const r = await cliAs(db, 'readonly', 'unit', 'show', '--json')
    expect(r.code, r.err).toBe(0)
    expect(r.out.trim()).toBe('{"name":"","parent":"","creditCode":""}')
  })

  it('unit set --name --parent --credit-code, then unit show --json exactly', async () => {
    const set = await cliAs(db, 'clerk', 'unit', 'set', '--name', '某某镇人民政府', '--parent', '某县人民政府', '--credit-code', '9144030071526726XG')
    expect(set.code, set.err).toBe(0)
    expect(set.out.trim()).toBe('已保存本单位信息：某某镇人民政府')
    const r = await cliAs(db, 'leader', 'unit', 'show', '--json')
    expect(JSON.parse(r.out)).toEqual({ name: '某某镇人民政府', parent: '某县人民政府', creditCode: '9144030071526726XG' })
    expect(r.out.trim()).toBe('{"name":"某某镇人民政府","parent":"某县人民政府","creditCode":"9144030071526726XG"}')
  })

  it('unit show without --json: one readable line; a name alone leaves the rest unset', async () => {
    expect((await cliAs(db, 'clerk', 'unit', 'set', '--name', '某某镇人民政府')).code).toBe(0)
    const r = await cliAs(db, 'readonly', 'unit', 'show')
    expect(r.out.trim()).toBe('单位名称：某某镇人民政府；上级单位：（未填写）；统一社会信用代码：（未填写）')
  })

  it('refuses a bad code (exit 1, naming it) and a missing --name (usage), changing nothing', async () => {
    const bad = await cliAs(db, 'clerk', 'unit', 'set', '--name', '别的单位', '--credit-code', '91350100M000100O43')
    expect(bad.code).toBe(1)
    expect(bad.err).toContain('统一社会信用代码“91350100M000100O43”含有不能使用的字符')
    const missing = await cliAs(db, 'clerk', 'unit', 'set', '--parent', '某县人民政府')
    expect(missing.code).toBe(2)
    expect(missing.err).toContain('--name')
    const refused = await cliAs(db, 'readonly', 'unit', 'set', '--name', '别的单位')
    expect(refused.code).not.toBe(0)
    expect(JSON.parse((await cliAs(db, 'readonly', 'unit', 'show', '--json')).out).name).toBe('某某镇人民政府')
  })
})
