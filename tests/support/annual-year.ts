import { openBackend, type Backend } from '../../electron/rpc/backend'
import type { Credential } from '../../electron/core/context'
import type { Period, PeriodResults, PersonStages } from '../../shared/contract'
import type { Notice } from '../../shared/contract/notice'
import { addSheet, asFile, xlsxBytes } from './import-workbooks'
import { signInAs } from './accounts'

/**
 * A small year through the real handlers, the unit of tests/integration/annual-results.test.ts:
 * eight people in two departments, four quarters 2025-Q1..Q4 rated so a quarter's total is the
 * number below, and the annual assessment 2025 (德 half rated, half 民主测评; 绩 rated).
 * Expected annual results (see that test for the arithmetic): S01 93.75 优秀, S02 91 称职,
 * S06 89.88 称职, S03 82.56 基本称职, S04 69.75 基本称职, S05 58.25 不称职, S07 and S08 不定等次.
 */
export const quarterTotals: Record<string, number[]> = {
  S01: [95, 94, 93, 92],
  S02: [93, 92, 91, 90],
  S03: [84, 84, 82, 82],
  S04: [70, 68, 66, 64],
  S05: [58, 55, 59, 57],
  S06: [91, 90, 86, 85],
  S07: [90, 86, 85, 84],
  S08: [80, 80, 79, 78],
}

export const annualRatings: Record<string, [number, number]> = { S01: [95, 94], S02: [90, 90], S03: [80, 82], S04: [70, 68], S05: [55, 52], S06: [92, 92], S07: [88, 86] }

export const ballots: [string, number, number, number, number, number][] = [
  ['S01', 16, 4, 0, 0, 0],
  ['S02', 14, 6, 0, 0, 0],
  ['S03', 6, 8, 5, 1, 2],
  ['S04', 2, 14, 4, 0, 0],
  ['S05', 0, 10, 6, 4, 0],
  ['S06', 12, 8, 0, 0, 0],
  ['S07', 8, 10, 2, 0, 0],
]

export const schemeRows = (withBallot: boolean) => [
  ['编码', '名称', '上级编码', '权重', '类型', '适用范围', '计分方式', '目标值', '方向'],
  ['D', '德', null, 50, '共性', null, '评分', null, null],
  ['D1', '政治品质', 'D', withBallot ? 50 : 100, '共性', null, '评分', null, null],
  ...(withBallot ? [['D2', '民主测评', 'D', 50, '共性', null, '票决', null, null]] : []),
  ['J', '绩', null, 50, '共性', null, '评分', null, null],
  ['J1', '工作实绩', 'J', 100, '共性', null, '评分', null, null],
]

export interface YearOptions {
  /** names by staff number, in place of the usual ones (e.g. a formula-like name) */
  names?: Record<string, string>
}

const roster: [string, string, string, string, string][] = [
  ['S01', '赵一', '办公室', '综合管理', '一级主任科员'],
  ['S02', '钱二', '办公室', '综合管理', '二级主任科员'],
  ['S03', '孙三', '业务科', '行政执法', '三级主任科员'],
  ['S04', '李四', '业务科', '行政执法', '四级主任科员'],
  ['S05', '周五', '业务科', '行政执法', '一级科员'],
  ['S06', '吴六', '办公室', '综合管理', '一级主任科员'],
  ['S07', '郑七', '办公室', '综合管理', '二级科员'],
  ['S08', '王八', '业务科', '行政执法', '试用期'],
]

export interface AnnualYear {
  backend: Backend
  /** the 考核工作人员's session the year was built with */
  credential: Credential
  ok<T>(method: string, input: unknown): Promise<T>
  year: PeriodResults
}

/** Roster, both schemes, four computed quarters and the computed year, still open. */
export async function buildAnnualYear(dbPath: string, opts: YearOptions = {}): Promise<AnnualYear> {
  const backend = await openBackend(dbPath, { create: true })
  const credential = await signInAs(backend.dispatcher, 'clerk')
  const ok = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await backend.dispatcher.call(credential, method, input)
    if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`)
    return r.result as T
  }
  const rate = (period: string, cells: { staffNo: string; code: string; score: number }[]) => ok('entry-save', { period, role: '领导', rater: '局长', cells })
  const people = await xlsxBytes((wb) =>
    addSheet(wb, '名册', [['工号', '姓名', '部门', '岗位类别', '职级'], ...roster.map(([no, name, ...rest]) => [no, opts.names?.[no] ?? name, ...rest])]),
  )
  await ok('roster-import', { file: asFile('roster.xlsx', people) })
  await ok('scheme-import', { file: asFile('q.xlsx', await xlsxBytes((wb) => addSheet(wb, '体系', schemeRows(false)))), name: '平时考核2025' })
  await ok('scheme-import', { file: asFile('y.xlsx', await xlsxBytes((wb) => addSheet(wb, '体系', schemeRows(true)))), name: '年度考核2025' })
  for (let q = 1; q <= 4; q++) {
    const id = `2025-Q${q}`
    await ok('period-create', { id, kind: 'quarter', scheme: '平时考核2025' })
    await rate(id, Object.entries(quarterTotals).flatMap(([staffNo, totals]) => ['D1', 'J1'].map((code) => ({ staffNo, code, score: totals[q - 1] }))))
    await ok('results-compute', { period: id })
  }
  await ok('period-create', { id: '2025', kind: 'annual', scheme: '年度考核2025' })
  await ok('period-person-update', { id: '2025', staffNo: 'S08', status: '不定等次', reason: '新录用公务员，试用期未满' })
  await rate('2025', Object.entries(annualRatings).flatMap(([staffNo, [d1, j1]]) => [{ staffNo, code: 'D1', score: d1 }, { staffNo, code: 'J1', score: j1 }]))
  const ballotFile = await xlsxBytes((wb) => addSheet(wb, '民主测评', [['工号', '优秀', '称职', '基本称职', '不称职', '不了解'], ...ballots]))
  await ok('ballots-import', { period: '2025', file: asFile('ballots.xlsx', ballotFile) })
  await ok('penalties-add', { staffNo: 'S06', type: '警告', decidedOn: '2025-05-06', reason: '公务接待超标准' })
  await ok('penalties-add', { staffNo: 'S07', type: '记大过', decidedOn: '2024-09-01' })
  await ok('penalties-add', { staffNo: 'S04', type: '不担当不作为', decidedOn: '2025-07-15' })
  const year = await ok<PeriodResults>('results-compute', { period: '2025' })
  return { backend, credential, ok, year }
}

export interface StageTexts {
  /** every graded person's self report */
  self: string
  /** the leader's comment on everyone taking part */
  leader: string
}

/**
 * The year's four stages recorded, the period taken through review to approval and the 优秀 notice
 * published from `noticeStart`: the state a year is in when the annual report is handed upward.
 */
export async function approveAndPublish(y: AnnualYear, texts: StageTexts, noticeStart = '2026-01-05'): Promise<Notice> {
  const people = await y.ok<PersonStages[]>('stages-list', { period: '2025' })
  const graded = people.filter((s) => s.status === '参加').map((s) => s.staffNo)
  const all = people.filter((s) => s.status !== '不参加').map((s) => s.staffNo)
  await y.ok('stages-record', { period: '2025', staffNos: graded, payload: { stage: 'self', text: texts.self, date: '2025-03-28' } })
  await y.ok('stages-record', { period: '2025', staffNos: graded, payload: { stage: 'peer' } })
  await y.ok('stages-record', { period: '2025', staffNos: all, payload: { stage: 'leader', comment: texts.leader } })
  // draft → open → review
  while ((await y.ok<Period>('period-advance', { id: '2025' })).status !== 'review');
  await y.ok('stages-record', { period: '2025', staffNos: all, payload: { stage: 'committee' } })
  const approved = await y.ok<Period>('period-advance', { id: '2025' })
  if (approved.status !== 'approved') throw new Error(`the year is ${approved.status}, not approved`)
  return y.ok<Notice>('notice-publish', { period: '2025', startDate: noticeStart })
}
