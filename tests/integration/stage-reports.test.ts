import path from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../electron/db/open-database'
import { migrations } from '../../electron/db/migrations'
import { openBackend } from '../../electron/rpc/backend'
import { seedFixture2025Q1 } from '../support/seed-fixture-2025-q1'
import { signInAs } from '../support/accounts'
import { tempDir } from '../support/temp-dir'
import { importBackend, type ImportBackend } from '../support/import-backend'
import { fixtureFile } from '../support/temp-dir'
import type { ExportedFile, PersonStages } from '../../shared/contract'

const P = '2025-Q1'

describe('migration 009: 个人述职 loses its second self-score, no value lost silently', () => {
  const tmp = tempDir('kaohe-stage-reports-')
  afterAll(() => tmp.cleanup())

  it('keeps a 自评分 that differs from the 自评 ratings in the 述职 text, drops one that equals them, dates the record', async () => {
    const file = path.join(tmp.dir, 'v8.db')
    const old = await openDatabase(file, { create: true, migrations: migrations.slice(0, 8) })
    await seedFixture2025Q1(old)
    const db = old.db
    const ids = await db.selectFrom('people').select(['id', 'staff_no']).where('staff_no', 'in', ['S001', 'S002', 'S003']).execute()
    const idOf = (s: string) => ids.find((p) => p.staff_no === s)!.id
    const selfMean = async (staffNo: string) =>
      Number((await sql<{ m: number }>`select round(avg(score), 2) as m from ratings where period_id = ${P} and person_id = ${idOf(staffNo)} and role = '自评'`.execute(db)).rows[0].m)
    const same = await selfMean('S001')
    expect(same).toBeGreaterThan(0)
    const insert = (staffNo: string, score: number | null) =>
      sql`insert into stages (period_id, person_id, stage, text, self_score, comment, proposed_grade, decided_by, decided_at)
          values (${P}, ${idOf(staffNo)}, 'self', '已提交书面述职报告。', ${score}, null, null, '刘会计', '2025-03-28T09:00:00.000Z')`.execute(db)
    await insert('S001', same)
    await insert('S002', 97)
    await insert('S003', null)
    await old.close()

    const backend = await openBackend(file)
    try {
      const clerk = await signInAs(backend.dispatcher, 'clerk')
      const r = await backend.dispatcher.call(clerk, 'stages-list', { period: P })
      if (!r.ok) throw new Error(r.error.message)
      const rows = r.result as PersonStages[]
      const self = (s: string) => rows.find((p) => p.staffNo === s)!.self
      expect(self('S001')).toMatchObject({ done: true, text: '已提交书面述职报告。', date: '2025-03-28', attachment: null })
      expect(self('S002').text).toBe('已提交书面述职报告。\n（原登记自评分：97）')
      expect(self('S003').text).toBe('已提交书面述职报告。')
      expect(self('S001')).not.toHaveProperty('selfScore')
      const columns = await sql<{ name: string }>`select name from pragma_table_info('stages')`.execute(backend.database.db)
      expect(columns.rows.map((c) => c.name)).not.toContain('self_score')
    } finally {
      await backend.close()
    }
  })
})

describe('个人述职 as the 述职 record: text, date, an attachment up to 20 MB', () => {
  let k: ImportBackend
  beforeAll(async () => {
    k = await importBackend('stage-reports')
    await k.ok('roster-import', { file: fixtureFile('roster.xlsx') })
    await k.ok('scheme-import', { file: fixtureFile('scheme.xlsx'), name: '平时考核2025' })
    await k.ok('period-create', { id: P, kind: 'quarter', scheme: '平时考核2025' })
    await k.ok('period-open', { id: P })
  }, 60_000)
  afterAll(async () => k.close())

  const report = Buffer.from('%PDF-1.4 述职报告 第一季度')

  it('stores one person’s attachment with its name, lists its size, gives the same bytes back, audited by name', async () => {
    const [s001] = await k.ok<PersonStages[]>('stages-record', {
      period: P,
      staffNos: ['S001'],
      payload: { stage: 'self', text: '本季度完成了各项任务。', date: '2025-03-28', attachment: { fileName: '罗强洋述职.pdf', dataBase64: report.toString('base64') } },
    })
    expect(s001.self).toMatchObject({ done: true, date: '2025-03-28', attachment: { fileName: '罗强洋述职.pdf', size: report.length } })
    const file = await k.ok<ExportedFile>('stages-attachment', { period: P, staffNo: 'S001' })
    expect(file.fileName).toBe('罗强洋述职.pdf')
    expect(Buffer.from(file.dataBase64, 'base64').equals(report)).toBe(true)
    const audit = await k.db.selectFrom('audit_log').select(['before', 'after']).where('entity', '=', 'stage_attachment').execute()
    expect(audit.map((a) => JSON.parse(a.after!))).toEqual([{ file_name: '罗强洋述职.pdf', size: report.length }])

    // re-recording the text without an attachment keeps the stored file; null removes it
    await k.ok('stages-record', { period: P, staffNos: ['S001'], payload: { stage: 'self', text: '修改后的述职', date: '2025-03-29' } })
    expect((await k.ok<ExportedFile>('stages-attachment', { period: P, staffNo: 'S001' })).fileName).toBe('罗强洋述职.pdf')
    await k.ok('stages-record', { period: P, staffNos: ['S001'], payload: { stage: 'self', text: '修改后的述职', date: '2025-03-29', attachment: null } })
    expect((await k.refused('stages-attachment', { period: P, staffNo: 'S001' })).message).toBe('考核周期 2025-Q1 中工号 S001 没有述职附件。')
  })

  it('refuses a file over 20 MB and one file for several people, writing nothing', async () => {
    const before = await k.db.selectFrom('stages').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    const big = Buffer.alloc(20 * 1024 * 1024 + 1, 1).toString('base64')
    const tooBig = await k.refused('stages-record', { period: P, staffNos: ['S002'], payload: { stage: 'self', text: '述职', date: '2025-03-28', attachment: { fileName: '扫描件.pdf', dataBase64: big } } })
    expect(tooBig.code).toBe('invalid-input')
    expect(tooBig.message).toContain('扫描件.pdf')
    expect(tooBig.message).toContain('20 MB')
    const many = await k.refused('stages-record', { period: P, staffNos: ['S002', 'S003'], payload: { stage: 'self', text: '述职', date: '2025-03-28', attachment: { fileName: 'a.pdf', dataBase64: report.toString('base64') } } })
    expect(many.message).toContain('述职附件只能逐人上传')
    const after = await k.db.selectFrom('stages').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    expect(Number(after.n)).toBe(Number(before.n))
    expect(await k.db.selectFrom('stage_attachments').selectAll().execute()).toEqual([])
  })
})
