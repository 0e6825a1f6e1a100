import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBackend, type Backend } from '../../electron/rpc/backend'
import type { Credential } from '../../electron/core/context'
import type { Appeal, AuditEntry, ExchangeImportResult, ExchangeKeyInfo, ExchangePreview, ExportedFile, PeriodResults } from '../../shared/contract'
import { approveAndPublish, buildAnnualYear, schemeRows, type AnnualYear } from '../support/annual-year'
import { signInAs } from '../support/accounts'
import { tableSnapshot } from '../support/table-snapshot'
import { tempDir } from '../support/temp-dir'
import { asPackage, changeByteOf, flipByteIn } from '../support/exchange-package'
import { addSheet, asFile, xlsxBytes } from '../support/import-workbooks'
import { writeZip } from '../../electron/core/exchange/zip-write'

const KEY = '镇县两级考核数据交换-2026 春'
const PERIODS = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2025']

/**
 * A town's year (four computed quarters, the computed annual period taken to approval and its notice
 * published) exported as one package and imported into the county's empty database, made the usual
 * way (the first 系统管理员, then a 考核工作人员): the same results, ranks and grades; and every damaged,
 * truncated or wrongly keyed package refused with the county's database unchanged.
 */
describe('exchange packages between offices', () => {
  const tmp = tempDir('kaohe-exchange-')
  let town: AnnualYear
  let county: Backend
  let countyClerk: Credential
  let pkg: Buffer

  const countyCall = (method: string, input: unknown) => county.dispatcher.call(countyClerk, method, input)
  const countyOk = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await countyCall(method, input)
    if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`)
    return r.result as T
  }
  const snapshot = () => tableSnapshot(county.database.sqlite)

  beforeAll(async () => {
    town = await buildAnnualYear(path.join(tmp.dir, 'town.db'))
    await approveAndPublish(town, { self: '全年完成各项任务', leader: '同意' })
    // an upheld 复核 whose correction is an exemption: the exemption points at its appeal
    const appeal = await town.ok<Appeal>('appeals-add', { period: '2025', staffNo: 'S04', kind: '复核', filedOn: '2026-01-08', reason: '绩一项未计入防汛抢险任务' })
    await town.ok('appeals-decide', { id: appeal.id, outcome: 'upheld', decidedOn: '2026-01-20', decision: '情况属实，予以容错', correction: { kind: 'exempt', indicator: 'J1', evaluation: '防汛抢险期间未完成常规任务，符合容错情形' } })
    await town.ok('exchange-key-set', { key: KEY })
    county = await openBackend(path.join(tmp.dir, 'county.db'), { create: true })
    countyClerk = await signInAs(county.dispatcher, 'clerk')
    await countyOk('exchange-key-set', { key: `  ${KEY}\n` })
    const file = await town.ok<ExportedFile>('exchange-export', { all: true })
    expect(file.fileName).toMatch(/^kaohe-all-\d{4}-\d{2}-\d{2}\.khx$/)
    pkg = Buffer.from(file.dataBase64, 'base64')
  }, 120_000)

  afterAll(async () => {
    await town?.backend.close()
    await county?.close()
    tmp.cleanup()
  })

  it('shows both offices the same fingerprint, never the key', async () => {
    const town_ = await town.ok<ExchangeKeyInfo>('exchange-key-get', {})
    const county_ = await countyOk<ExchangeKeyInfo>('exchange-key-get', {})
    expect(town_.fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/)
    expect(county_.fingerprint).toBe(town_.fingerprint)
    expect(JSON.stringify(county_)).not.toContain('交换')
    const audit = county.database.sqlite.prepare(`SELECT before, after FROM audit_log WHERE method = 'exchange-key-set'`).all() as { after: string }[]
    expect(audit).toHaveLength(1)
    expect(audit[0].after).toContain(county_.fingerprint)
    expect(audit[0].after).not.toContain('交换')
  })

  it('records each export as a taking-out of personal data, the key given with it never', async () => {
    await town.ok('exchange-export', { periods: ['2025-Q1'], key: KEY })
    const rows = town.backend.database.sqlite.prepare(`SELECT entity, entity_id, after FROM audit_log WHERE method = 'exchange-export' ORDER BY id`).all() as { entity: string; entity_id: string | null; after: string }[]
    expect(rows.map((r) => [r.entity, r.entity_id])).toEqual([['export', null], ['export', '2025-Q1']])
    expect(JSON.parse(rows[0].after)).toMatchObject({ input: { all: true }, fileName: expect.stringMatching(/^kaohe-all-.+\.khx$/) })
    expect(JSON.parse(rows[1].after)).toMatchObject({ input: { periods: ['2025-Q1'], key: '<不记录>' } })
    expect(rows[1].after).not.toContain(KEY)
  })

  it('refuses a damaged data part, a changed manifest, a truncated package and a wrong key, changing nothing', async () => {
    const before = snapshot()
    const cases: [string, Buffer, string | null, RegExp][] = [
      ['damaged.khx', flipByteIn(pkg, 'data/results.jsonl'), null, /“data\/results\.jsonl”(已损坏，无法解压|的校验和不符)/],
      ['data.khx', changeByteOf(pkg, 'data/results.jsonl'), null, /“data\/results\.jsonl”的校验和不符：导出后被改动过/],
      ['ratings.khx', changeByteOf(pkg, 'data/ratings.jsonl'), null, /“data\/ratings\.jsonl”的校验和不符/],
      ['manifest.khx', changeByteOf(pkg, 'manifest.json'), null, /的清单校验不符：清单在导出后被改动过/],
      // a flipped stored byte either breaks the deflate stream or inflates to other bytes: refused either way
      ['manifest-damaged.khx', flipByteIn(pkg, 'manifest.json'), null, /“manifest\.json”已损坏|的清单校验不符|清单无法识别/],
      ['bomb.khx', writeZip([{ name: 'manifest.json', data: Buffer.from('{}') }, { name: 'data/results.jsonl', data: Buffer.alloc(40 * 1024 * 1024) }], new Date()), null, /“data\/results\.jsonl”的压缩比为 \d+ 倍，超过上限 200 倍/],
      ['half.khx', pkg.subarray(0, Math.floor(pkg.length / 2)), null, /不是完整的交换包/],
      ['key.khx', pkg, '另一个单位自己设置的另一把交换密钥', /不是用本机的交换密钥签发的：包的密钥指纹 [0-9A-F ]{19}，本机 [0-9A-F ]{19}/],
    ]
    for (const [name, bytes, key, message] of cases) {
      for (const method of ['exchange-import-preview', 'exchange-import']) {
        const r = await countyCall(method, { file: asPackage(name, bytes), ...(key ? { key } : {}) })
        expect(r.ok, `${method} ${name}`).toBe(false)
        if (r.ok) continue
        expect([name, r.error.code]).toEqual([name, 'bad-file'])
        expect(r.error.message).toContain(`“${name}”`)
        expect(r.error.message).toMatch(message)
      }
    }
    expect(snapshot()).toEqual(before)
  })

  it('previews what the package adds to an empty database without writing', async () => {
    const before = snapshot()
    const preview = await countyOk<ExchangePreview>('exchange-import-preview', { file: asPackage('town.khx', pkg) })
    expect(snapshot()).toEqual(before)
    expect(preview.conflicts).toEqual([])
    expect(preview.periods).toEqual(PERIODS.map((id) => expect.objectContaining({ id, state: 'add' })))
    const count = (table: string) => preview.counts.find((c) => c.table === table)
    expect(count('people')).toMatchObject({ label: '人员', add: 8, change: 0, same: 0 })
    expect(count('results')).toMatchObject({ add: 5 * 8 })
    expect(count('penalties')).toMatchObject({ add: 3 })
    expect(count('notices')).toMatchObject({ add: 1 })
    expect(count('appeals')).toMatchObject({ add: 1 })
    expect(count('exemptions')).toMatchObject({ add: 1 })
    expect(preview.createdBy).toBe('clerk')
  })

  it('imports the year with the same results, ranks and grades, on the record', async () => {
    const result = await countyOk<ExchangeImportResult>('exchange-import', { file: asPackage('town.khx', pkg) })
    expect(result.added).toBeGreaterThan(100)
    for (const period of PERIODS) {
      const theirs = await town.ok<PeriodResults>('results-list', { period })
      const ours = await countyOk<PeriodResults>('results-list', { period })
      expect(ours.rows.length, period).toBe(8)
      expect(ours, period).toEqual(theirs)
    }
    const periods = await countyOk<{ id: string; status: string }[]>('period-list', {})
    expect(periods.find((p) => p.id === '2025')?.status).toBe('noticed')
    const auditor = await signInAs(county.dispatcher, 'auditor')
    const audit = await county.dispatcher.call(auditor, 'audit-list', { method: 'exchange-import' })
    expect(audit.ok).toBe(true)
    const entries = audit.ok ? (audit.result as AuditEntry[]) : []
    expect(entries).toHaveLength(1)
    expect(JSON.stringify(entries[0])).toContain('town.khx')
    const exemption = county.database.sqlite
      .prepare(`SELECT e.indicator_code, a.kind, a.status, p.staff_no FROM exemptions e JOIN appeals a ON a.id = e.appeal_id JOIN people p ON p.id = a.person_id`)
      .all()
    expect(exemption).toEqual([{ indicator_code: 'J1', kind: '复核', status: 'upheld', staff_no: 'S04' }])
    const people = county.database.sqlite.prepare('SELECT id_number, phone, birth FROM people').all()
    expect(people).toHaveLength(8)
    expect(people.every((p) => Object.values(p as object).every((v) => v === null))).toBe(true)
  })

  it('finds the same package already here: nothing to add, nothing changed', async () => {
    const before = snapshot()
    const again = await countyOk<ExchangePreview>('exchange-import-preview', { file: asPackage('town.khx', pkg) })
    expect(again.periods.every((p) => p.state === 'same')).toBe(true)
    expect(again.counts.every((c) => c.add === 0 && c.change === 0)).toBe(true)
    expect(snapshot()).toEqual(before)
  })

  it('refuses a package whose scheme version is here with other indicators, naming the codes', async () => {
    const city = await openBackend(path.join(tmp.dir, 'city.db'), { create: true })
    try {
      const clerk = await signInAs(city.dispatcher, 'clerk')
      const ok = async (method: string, input: unknown) => {
        const r = await city.dispatcher.call(clerk, method, input)
        if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
        return r.result
      }
      await ok('exchange-key-set', { key: KEY })
      // the same name, its own weights: 德 60, 绩 40
      const rows = schemeRows(false).map((r) => (r[0] === 'D' ? [...r.slice(0, 3), 60, ...r.slice(4)] : r[0] === 'J' ? [...r.slice(0, 3), 40, ...r.slice(4)] : r))
      await ok('scheme-import', { file: asFile('q.xlsx', await xlsxBytes((wb) => addSheet(wb, '体系', rows))), name: '平时考核2025' })
      const before = tableSnapshot(city.database.sqlite)
      const preview = (await ok('exchange-import-preview', { file: asPackage('town.khx', pkg) })) as ExchangePreview
      expect(preview.conflicts).toEqual(['指标体系“平时考核2025”第 1 版本机已有，但指标不同：D；J'])
      expect(preview.counts.find((c) => c.table === 'indicators')).toMatchObject({ add: 5, conflict: 4 })
      const r = await city.dispatcher.call(clerk, 'exchange-import', { file: asPackage('town.khx', pkg) })
      expect(r.ok ? 'imported' : r.error.code).toBe('conflict')
      expect(tableSnapshot(city.database.sqlite)).toEqual(before)
    } finally {
      await city.close()
    }
  })

  it('changes a person the town moved to another department, and records the change', async () => {
    const roster = await xlsxBytes((wb) =>
      addSheet(wb, '名册', [
        ['工号', '姓名', '部门', '岗位类别', '职级'],
        ...(county.database.sqlite.prepare('SELECT p.staff_no, p.name, d.path, p.position_class, p.rank_title FROM people p JOIN departments d ON d.id = p.department_id ORDER BY p.staff_no').raw().all() as string[][]).map((r) =>
          r[0] === 'S02' ? [r[0], r[1], '业务科', r[3], r[4]] : r,
        ),
      ]),
    )
    await town.ok('roster-import', { file: asFile('名册.xlsx', roster) })
    const file = await town.ok<ExportedFile>('exchange-export', { all: true })
    const preview = await countyOk<ExchangePreview>('exchange-import-preview', { file })
    expect(preview.conflicts).toEqual([])
    expect(preview.changes).toEqual(['人员 S02 钱二：部门 办公室 → 业务科'])
    expect(preview.counts.find((c) => c.table === 'people')).toMatchObject({ add: 0, change: 1, same: 7 })
    const done = await countyOk<ExchangeImportResult>('exchange-import', { file })
    expect([done.added, done.changed]).toEqual([0, 1])
    const s02 = await countyOk<{ staffNo: string; department: string }[]>('roster-list', { search: 'S02' })
    expect(s02.map((p) => [p.staffNo, p.department])).toEqual([['S02', '业务科']])
    const entry = county.database.sqlite.prepare(`SELECT entity, entity_id, before, after FROM audit_log WHERE method = 'exchange-import' AND entity = 'person'`).all()
    expect(entry).toEqual([{ entity: 'person', entity_id: 'S02', before: JSON.stringify({ department: '办公室' }), after: JSON.stringify({ department: '业务科' }) }])
  })

  it('refuses a period whose results differ here, naming it and what differs, and writes nothing', async () => {
    // the town re-rates S01 in Q1 after sending: the county's Q1 no longer matches
    await town.ok('entry-save', { period: '2025-Q1', role: '领导', rater: '局长', cells: [{ staffNo: 'S01', code: 'D1', score: 60 }, { staffNo: 'S01', code: 'J1', score: 60 }] })
    await town.ok('results-compute', { period: '2025-Q1' })
    const file = await town.ok<ExportedFile>('exchange-export', { periods: ['2025-Q1'] })
    expect(file.fileName).toMatch(/^kaohe-2025-Q1-/)
    const before = snapshot()
    const preview = await countyOk<ExchangePreview>('exchange-import-preview', { file })
    expect(preview.periods).toEqual([expect.objectContaining({ id: '2025-Q1', state: 'conflict' })])
    expect(preview.counts.find((c) => c.table === 'results')).toMatchObject({ add: 0, same: 0, conflict: 8 })
    expect(preview.conflicts[0]).toMatch(/^考核周期 2025-Q1（.+）本机已有，结果不同：S01 得分 本机 95、包内 60/)
    const r = await countyCall('exchange-import', { file })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('conflict')
      expect(r.error.message).toContain('2025-Q1')
    }
    expect(snapshot()).toEqual(before)
  })
})

describe('a long import cancelled part-way', () => {
  const tmp = tempDir('kaohe-exchange-cancel-')
  afterAll(() => tmp.cleanup())

  it('stops at its next checkpoint and leaves the database as it was', async () => {
    const town = await buildAnnualYear(path.join(tmp.dir, 'town.db'))
    await town.ok('exchange-key-set', { key: KEY })
    const file = await town.ok<ExportedFile>('exchange-export', { all: true })
    const county = await openBackend(path.join(tmp.dir, 'county.db'), { create: true })
    try {
      const clerk = await signInAs(county.dispatcher, 'clerk')
      const before = tableSnapshot(county.database.sqlite)
      const controller = new AbortController()
      const stages: string[] = []
      const r = await county.dispatcher.call(clerk, 'exchange-import', { file, key: KEY }, {
        signal: controller.signal,
        onProgress: (e) => {
          stages.push(e.stage)
          // once it is writing, the clerk gives up
          if (e.stage === 'progress.writing') controller.abort()
        },
      })
      expect(stages).toContain('progress.writing')
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error.code).toBe('cancelled')
      expect(tableSnapshot(county.database.sqlite)).toEqual(before)
    } finally {
      await county.close()
      await town.backend.close()
    }
  }, 120_000)
})
