import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Appeal } from '../../shared/contract/appeals'
import type { Notice, OfficeCalendar } from '../../shared/contract/notice'
import type { Period, PeriodResults, PersonStages } from '../../shared/contract'
import { localToday } from '../../electron/core/notice/dates'
import { noticeEndDate } from '../../shared/domain/working-days'
import { importBackend, type ImportBackend } from '../support/import-backend'
import { seedFixture2025Q1 } from '../support/seed-fixture-2025-q1'
import { cli } from '../support/run-cli'

const P = '2025-Q1'

/** The 2025-Q1 sample seeded and computed, still open. */
async function seededBackend(name: string): Promise<ImportBackend> {
  const k = await importBackend(name)
  await seedFixture2025Q1(k.backend.database)
  await k.ok('results-compute', { period: P })
  return k
}

/** The four stages recorded for everyone who needs them, then open → review → approved. */
async function approve(k: ImportBackend): Promise<void> {
  const people = await k.ok<PersonStages[]>('stages-list', { period: P })
  const graded = people.filter((s) => s.status === '参加').map((s) => s.staffNo)
  const all = people.filter((s) => s.status !== '不参加').map((s) => s.staffNo)
  await k.ok('stages-record', { period: P, staffNos: graded, payload: { stage: 'self', text: '本季度完成了各项任务。', date: '2025-03-28' } })
  await k.ok('stages-record', { period: P, staffNos: graded, payload: { stage: 'peer' } })
  await k.ok('stages-record', { period: P, staffNos: all, payload: { stage: 'leader', comment: '工作认真负责。' } })
  await k.ok('period-advance', { id: P })
  await k.ok('stages-record', { period: P, staffNos: all, payload: { stage: 'committee' } })
  expect((await k.ok<Period>('period-advance', { id: P })).status).toBe('approved')
}

async function status(k: ImportBackend): Promise<string> {
  return (await k.db.selectFrom('periods').select('status').where('id', '=', P).executeTakeFirstOrThrow()).status
}

async function resultRows(k: ImportBackend) {
  return k.db.selectFrom('results').selectAll().where('period_id', '=', P).orderBy('person_id').execute()
}

describe('public notice and appeals on the 2025-Q1 sample', () => {
  let k: ImportBackend
  beforeAll(async () => {
    k = await seededBackend('notice-appeals')
  }, 60_000)
  afterAll(async () => k.close())

  it('before approval: no notice and no appeal, said in words', async () => {
    const notice = await k.refused('notice-publish', { period: P, startDate: '2025-04-03' })
    expect(notice.code).toBe('conflict')
    expect(notice.message).toContain('审定')
    const appeal = await k.refused('appeals-add', { period: P, staffNo: 'S013', kind: '复核', filedOn: '2025-04-10', reason: '对评分有异议' })
    expect(appeal.code).toBe('conflict')
    expect(appeal.message).toContain('复核、申诉在考核结果审定之后提出')
    await approve(k)
    // approved → noticed only by publishing
    expect((await k.refused('period-advance', { id: P })).message).toContain('还没有发布公示')
  }, 60_000)

  it('the calendar: real dates only, no duplicates, make-up days on weekends; stored sorted and audited', async () => {
    expect(await k.ok<OfficeCalendar>('calendar-get', {})).toEqual({ holidays: [], makeUpDays: [] })
    const bad = await k.refused('calendar-set', { holidays: [{ date: '2025-02-30', name: '错' }], makeUpDays: [] })
    expect(bad).toMatchObject({ code: 'invalid-input' })
    expect(bad.message).toContain('2025-02-30')
    const twice = await k.refused('calendar-set', { holidays: [{ date: '2025-04-04', name: '清明节' }, { date: '2025-04-04', name: '清明' }], makeUpDays: [] })
    expect(twice.message).toContain('2025-04-04 在节假日中重复出现')
    const weekday = await k.refused('calendar-set', { holidays: [], makeUpDays: [{ date: '2025-04-28', name: '调休' }] })
    expect(weekday.message).toContain('2025-04-28 不是周六或周日')

    const calendar = await k.ok<OfficeCalendar>('calendar-set', {
      holidays: [
        { date: '2025-05-01', name: '劳动节' },
        { date: '2025-04-04', name: '清明节' },
      ],
      // Sunday 27 April 2025 worked before the May Day break
      makeUpDays: [{ date: '2025-04-27', name: '劳动节调休' }],
    })
    expect(calendar.holidays.map((d) => d.date)).toEqual(['2025-04-04', '2025-05-01'])
    expect(await k.ok('calendar-get', {})).toEqual(calendar)
    const audit = await k.db.selectFrom('audit_log').selectAll().where('method', '=', 'calendar-set').executeTakeFirstOrThrow()
    expect(JSON.parse(audit.before!)).toEqual({ holidays: [], makeUpDays: [] })
    expect(JSON.parse(audit.after!)).toEqual(calendar)
  })

  it('publishes: 5 working days from Thursday 3 April cross 清明 and a weekend; approved → noticed', async () => {
    // Thu 3 Apr (1), Fri 4 Apr 清明节 off, Sat 5 / Sun 6 off, Mon 7 (2), Tue 8 (3), Wed 9 (4), Thu 10 (5)
    expect(await k.ok('notice-end-date', { startDate: '2025-04-03' })).toEqual({ startDate: '2025-04-03', endDate: '2025-04-10', workingDays: 5, uncoveredYears: [] })
    // a notice posted on Saturday 26 April starts counting on the make-up Sunday 27: 27, 28, 29, 30 April, (1 May off, 2 May Fri) 2 May
    expect(await k.ok('notice-end-date', { startDate: '2025-04-26' })).toMatchObject({ endDate: '2025-05-02' })

    const wrongKind = await k.refused('notice-publish', { period: P, startDate: '2025-04-03', grades: ['优秀'] })
    expect(wrongKind.message).toBe('本考核周期没有“优秀”等次；可公示的等次为：好、较好、一般、较差。')
    expect((await k.refused('notice-publish', { period: P, startDate: '2025-04-31' })).message).toContain('2025-04-31')
    expect(await status(k)).toBe('approved')
    const notice = await k.ok<Notice>('notice-publish', { period: P, startDate: '2025-04-03' })
    expect(notice).toMatchObject({ period: P, startDate: '2025-04-03', endDate: '2025-04-10', workingDays: 5, grades: ['好'], ended: true })
    // the seven 好 of the sample (totals ≥ 90, within the quota of 14), by rank
    expect(notice.people.map((p) => [p.staffNo, p.total])).toEqual([
      ['S006', 99.28],
      ['S020', 96.93],
      ['S026', 95.94],
      ['S021', 93.4],
      ['S002', 93.03],
      ['S029', 92.61],
      ['S030', 92.58],
    ])
    expect(await status(k)).toBe('noticed')
    const audits = await k.db.selectFrom('audit_log').selectAll().where('method', '=', 'notice-publish').orderBy('id').execute()
    expect(audits.map((a) => a.entity)).toEqual(['notice', 'period'])
    expect([JSON.parse(audits[1].before!), JSON.parse(audits[1].after!)]).toEqual([{ status: 'approved' }, { status: 'noticed' }])

    const again = await k.refused('notice-publish', { period: P, startDate: '2025-04-07' })
    expect(again.code).toBe('conflict')
    expect(again.message).toContain('已于 2025-04-03 起公示')
    expect(await k.ok('notice-get', { period: P })).toEqual(notice)
  })

  it('exports the 公示名单: title, list, dates and the appeal channel, A4 portrait', async () => {
    const file = await k.ok<{ fileName: string; dataBase64: string }>('notice-export', { period: P })
    expect(file.fileName).toBe('本单位-2025年第一季度-公示名单.xlsx')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer)
    const ws = wb.worksheets[0]
    expect(ws.name).toBe('公示名单')
    expect(ws.getCell('A1').value).toBe('本单位2025年第一季度平时考核“好”等次人员公示')
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual(['序号', '姓名', '部门', '等次'])
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual([1, '江倩强', '党政办公室', '好'])
    expect((ws.getRow(9).values as unknown[]).slice(1)).toEqual([7, '李冬华', '便民服务中心', '好'])
    const notes = [10, 11, 12].map((r) => String(ws.getCell(r, 1).value))
    expect(notes[0]).toBe('以上共 7 人。')
    expect(notes[1]).toBe('公示期：2025年4月3日至2025年4月10日，共 5 个工作日。')
    expect(notes[2]).toContain('自公示之日起 30 日内申请复核')
    expect(notes[2]).toContain('自收到复核决定之日起 15 日内提出申诉')
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1 })
  })

  let lateReview: Appeal
  it('a late 复核 is recorded and flagged, not refused; final waits for it', async () => {
    // 30 days from 3 April: 3 May; filed 10 May is 7 days late; decided within 30 days of filing: 9 June
    lateReview = await k.ok<Appeal>('appeals-add', { period: P, staffNo: 'S013', kind: '复核', filedOn: '2025-05-10', reason: '认为群众矛盾化解效果评分偏低' })
    expect(lateReview).toMatchObject({ staffNo: 'S013', name: '尹婷帅', status: 'pending', reviewDecidedOn: null })
    expect(lateReview.deadlines).toEqual({ from: 'notice', fileBy: '2025-05-03', late: true, daysLate: 7, decideBy: '2025-06-09' })
    const refused = await k.refused('period-advance', { id: P })
    expect(refused.message).toContain('还有 1 件复核或申诉未作出决定')
    expect(refused.message).not.toContain('公示期')
  })

  it('a rejected 复核 changes nothing; deciding twice is refused', async () => {
    const before = await resultRows(k)
    const decided = await k.ok<Appeal>('appeals-decide', { id: lateReview.id, outcome: 'rejected', decidedOn: '2025-05-20', decision: '经核实评分无误，维持原结果' })
    expect(decided).toMatchObject({ status: 'rejected', decidedOn: '2025-05-20', decidedLate: false, correction: null, before: null, after: null, changes: [] })
    expect(await resultRows(k)).toEqual(before)
    const twice = await k.refused('appeals-decide', { id: lateReview.id, outcome: 'upheld', decidedOn: '2025-05-21', decision: '重新决定' })
    expect(twice.code).toBe('conflict')
    expect(twice.message).toContain('已于 2025-05-20 作出决定（已驳回）')
  })

  it('a 申诉 after the 复核 counts from the 复核 decision', async () => {
    // 15 days from 20 May: 4 June; decided within 60 days of filing on 30 May: 29 July
    const appeal = await k.ok<Appeal>('appeals-add', { period: P, staffNo: 'S013', kind: '申诉', filedOn: '2025-05-30', reason: '对复核决定不服' })
    expect(appeal.reviewDecidedOn).toBe('2025-05-20')
    expect(appeal.deadlines).toEqual({ from: 'review', fileBy: '2025-06-04', late: false, daysLate: 0, decideBy: '2025-07-29' })
    // upheld without a correction: the decision is recorded, nothing recomputed; decided after 29 July: late
    const decided = await k.ok<Appeal>('appeals-decide', { id: appeal.id, outcome: 'upheld', decidedOn: '2025-08-01', decision: '理由部分成立，已责成所在单位加强沟通' })
    expect(decided).toMatchObject({ status: 'upheld', decidedLate: true, before: null, changes: [] })
  })

  it('an upheld 复核 with corrected ratings reruns the period: exactly these numbers move, before and after kept', async () => {
    const stored = await k.ok<PeriodResults>('results-list', { period: P })
    const appeal = await k.ok<Appeal>('appeals-add', { period: P, staffNo: 'S031', kind: '复核', filedOn: '2025-04-15', reason: '领导评价中工作作风与出勤一项漏记加班情况' })
    expect(appeal.deadlines).toMatchObject({ late: false, decideBy: '2025-05-15' })

    const decided = await k.ok<Appeal>('appeals-decide', {
      id: appeal.id,
      outcome: 'upheld',
      decidedOn: '2025-05-10',
      decision: '核实加班记录，更正领导评分',
      correction: { kind: 'ratings', ratings: [{ indicator: 'Q1', role: '领导', rater: 'L01', score: 92 }, { indicator: 'Q1', role: '领导', rater: 'L02', score: 90 }] },
    })
    // S031 王莉, Q1 工作作风与出勤 (all of 勤, 15 % of the total):
    //   互评 has 6 ratings (84 90 91 90 90 85): drop 84 and 91 → (85+90+90+90)/4 = 88.75; 自评 95; no 群众 → weights over 0.9
    //   before: 领导 (84+80)/2 = 82 → (0.5×82 + 0.3×88.75 + 0.1×95)/0.9 = 77.125/0.9 = 85.694… → 85.69
    //   after:  领导 (92+90)/2 = 91 → (0.5×91 + 0.3×88.75 + 0.1×95)/0.9 = 81.625/0.9 = 90.694… → 90.69 (+5 exactly)
    //   total + 0.15 × 5 = +0.75: 89.27 → 90.02, past S011 邱萍 (89.58, rank 8) and over 90: 好 (8 好 within the quota of 14)
    expect(decided.changes).toEqual([
      { staffNo: 'S011', name: '邱萍', field: 'rank', before: 8, after: 9 },
      { staffNo: 'S031', name: '王莉', field: 'total', before: 89.27, after: 90.02 },
      { staffNo: 'S031', name: '王莉', field: 'rank', before: 9, after: 8 },
      { staffNo: 'S031', name: '王莉', field: 'grade', before: '较好', after: '好' },
      { staffNo: 'S031', name: '王莉', field: 'dimension:Q', before: 85.69, after: 90.69 },
    ])
    expect(decided).toMatchObject({ status: 'upheld', decidedLate: false, correction: { kind: 'ratings' } })
    // before is what was stored before; after is what is stored now
    const snap = (r: PeriodResults['rows'][number]) => ({ staffNo: r.staffNo, name: r.name, total: r.total, rank: r.rank, grade: r.grade, dimensions: r.dimensions })
    expect(decided.before).toEqual(stored.rows.map(snap))
    const now = await k.ok<PeriodResults>('results-list', { period: P })
    expect(decided.after).toEqual(now.rows.map(snap))
    const row = await k.db.selectFrom('appeals').selectAll().where('id', '=', appeal.id).executeTakeFirstOrThrow()
    expect(JSON.parse(row.before!)).toHaveLength(37)
    expect(JSON.parse(row.after!)).toHaveLength(37)

    // the old leader ratings gone, the corrected ones entered by hand (no import batch)
    const q1 = await k.db
      .selectFrom('ratings')
      .innerJoin('people', 'people.id', 'ratings.person_id')
      .innerJoin('indicators', 'indicators.id', 'ratings.indicator_id')
      .select(['ratings.rater', 'ratings.score', 'ratings.batch_id'])
      .where('people.staff_no', '=', 'S031')
      .where('indicators.code', '=', 'Q1')
      .where('ratings.role', '=', '领导')
      .orderBy('ratings.rater')
      .execute()
    expect(q1).toEqual([
      { rater: 'L01', score: 92, batch_id: null },
      { rater: 'L02', score: 90, batch_id: null },
    ])
    expect(await status(k)).toBe('noticed')
    const audits = await k.db.selectFrom('audit_log').selectAll().where('method', '=', 'appeals-decide').orderBy('id').execute()
    const last = audits.at(-1)!
    expect(last).toMatchObject({ entity: 'appeal', entity_id: String(appeal.id) })
    expect(JSON.parse(last.after!).changes).toHaveLength(5)
    const ratingAudits = audits.filter((a) => a.entity === 'ratings')
    expect(ratingAudits.map((a) => JSON.parse(a.before!))).toEqual([[{ rater: 'L01', score: 84, batch: null }], [{ rater: 'L02', score: 80, batch: null }]])
    expect(audits.some((a) => a.entity === 'results')).toBe(true)
    // the notice lists the people as graded now
    expect((await k.ok<Notice>('notice-get', { period: P })).people.map((p) => p.staffNo)).toContain('S031')
  })

  it('every appeal is listed; with none pending and the notice over, the period becomes final', async () => {
    const list = await k.ok<Appeal[]>('appeals-list', { period: P })
    expect(list.map((a) => [a.staffNo, a.kind, a.status])).toEqual([
      ['S031', '复核', 'upheld'],
      ['S013', '复核', 'rejected'],
      ['S013', '申诉', 'upheld'],
    ])
    expect((await k.ok<Period>('period-advance', { id: P })).status).toBe('final')
    // appeals may still come after the period is final
    const late = await k.ok<Appeal>('appeals-add', { period: P, staffNo: 'S024', kind: '申诉', filedOn: '2025-06-30', reason: '对考核等次有异议' })
    expect(late.deadlines).toMatchObject({ from: 'notice', fileBy: '2025-05-03', late: true, daysLate: 58 })
  })
})

describe('a notice still running, and appeals before any notice', () => {
  let k: ImportBackend
  beforeAll(async () => {
    k = await seededBackend('notice-future')
    await approve(k)
  }, 60_000)
  afterAll(async () => k.close())

  it('an appeal on an approved period without a notice has no deadlines until the notice is published', async () => {
    const a = await k.ok<Appeal>('appeals-add', { period: P, staffNo: 'S012', kind: '复核', filedOn: '2025-04-02', reason: '对等次有异议' })
    expect(a.deadlines).toBeNull()
    const listed = await cli(k.backend.database.path, 'appeal', 'list', '--period', P)
    expect(listed.out).toContain('尚未公示，期限未定')
  })

  it('final is refused until the day after the notice ends, naming that day', async () => {
    // two weeks ahead of the machine's date: the notice has not even started
    const start = new Date()
    start.setDate(start.getDate() + 14)
    const startDate = localToday(start)
    const endDate = noticeEndDate(startDate, 5, { holidays: [] })
    const published = await cli(k.backend.database.path, 'notice', '--period', P, '--start', startDate)
    expect(published.code).toBe(0)
    expect(published.out).toContain(`已发布公示：${startDate} 至 ${endDate}，共 5 个工作日`)
    expect((await k.ok<Notice>('notice-get', { period: P })).ended).toBe(false)
    // the appeal filed before the notice now counts from its first day
    const [a] = await k.ok<Appeal[]>('appeals-list', { period: P })
    expect(a.deadlines).toMatchObject({ from: 'notice', late: false })

    const refused = await cli(k.backend.database.path, 'period', 'advance', '--id', P)
    expect(refused.code).toBe(1)
    expect(refused.err).toContain(`公示期到 ${endDate} 结束，结束后才能定档`)
    expect(refused.err).toContain('还有 1 件复核或申诉未作出决定')
    expect(await status(k)).toBe('noticed')
  })

  it('the CLI decides an appeal with a grade correction and prints what moved', async () => {
    const [a] = await k.ok<Appeal[]>('appeals-list', { period: P })
    const run = await cli(k.backend.database.path, 'appeal', 'decide', '--id', String(a.id), '--outcome', 'upheld', '--decided', localToday(), '--decision', '经党委研究改定等次', '--grade', '较好')
    expect(run.code).toBe(0)
    // S012 郝萱宁 79.31 was 一般; the committee's grade stands over the proposal
    expect(run.out).toContain('郝萱宁（S012）等次：一般 → 较好')
    const override = await k.db.selectFrom('grade_overrides').selectAll().executeTakeFirstOrThrow()
    expect(override).toMatchObject({ grade: '较好', reason: `复核 #${a.id}：经党委研究改定等次` })
    const bad = await cli(k.backend.database.path, 'appeal', 'decide', '--id', String(a.id), '--outcome', 'upheld', '--decided', localToday(), '--decision', '再次', '--grade', '好', '--exempt', 'Q1')
    expect(bad.code).toBe(2)
  })

  it('the CLI files and upholds a 复核 with a role’s ratings replaced, printing what moved', async () => {
    const added = await cli(k.backend.database.path, 'appeal', 'add', '--period', P, '--staff', 'S024', '--kind', '复核', '--filed', localToday(), '--reason', '领导评分有误', '--json')
    expect(added.code).toBe(0)
    const appeal = JSON.parse(added.out) as Appeal
    // no rater named: both leaders' Q1 ratings of S024 give way to the one corrected score
    const run = await cli(k.backend.database.path, 'appeal', 'decide', '--id', String(appeal.id), '--outcome', 'upheld', '--decided', localToday(), '--decision', '更正领导评分', '--correct-rating', 'Q1:领导=95')
    expect(run.code).toBe(0)
    expect(run.out).toContain('赵俊（S024）总分：70.75 →')
    // dimensions by name, as the clerk knows them
    expect(run.out).toContain('赵俊（S024）“勤”得分：')
    const leaders = await k.db
      .selectFrom('ratings')
      .innerJoin('people', 'people.id', 'ratings.person_id')
      .innerJoin('indicators', 'indicators.id', 'ratings.indicator_id')
      .select(['ratings.rater', 'ratings.score'])
      .where('people.staff_no', '=', 'S024')
      .where('indicators.code', '=', 'Q1')
      .where('ratings.role', '=', '领导')
      .execute()
    expect(leaders).toEqual([{ rater: null, score: 95 }])
    const typo = await cli(k.backend.database.path, 'appeal', 'decide', '--id', '999', '--outcome', 'upheld', '--decided', localToday(), '--decision', '更正', '--correct-rating', 'Q1领导95')
    expect(typo.code).toBe(2)
    expect(typo.err).toContain('指标编码:评价主体[:评价人]=分数')
  })

  it('an upheld appeal may exempt an indicator (容错免责), recorded with the appeal', async () => {
    const appeal = await k.ok<Appeal>('appeals-add', { period: P, staffNo: 'S014', kind: '申诉', filedOn: localToday(), reason: '群众矛盾化解失分系试点改革所致' })
    const decided = await k.ok<Appeal>('appeals-decide', {
      id: appeal.id,
      outcome: 'upheld',
      decidedOn: localToday(),
      decision: '经容错纠错评估，予以免责',
      correction: { kind: 'exempt', indicator: 'N2', evaluation: '改革试点中的失误，符合容错情形' },
    })
    expect(decided.changes.some((c) => c.staffNo === 'S014' && c.field === 'total')).toBe(true)
    const exemption = await k.db.selectFrom('exemptions').selectAll().executeTakeFirstOrThrow()
    expect(exemption).toMatchObject({ indicator_code: 'N2', appeal_id: appeal.id, reason: `申诉 #${appeal.id}：经容错纠错评估，予以免责` })
  })
})
