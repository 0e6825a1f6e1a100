import type { ImportPreview } from '../../shared/contract'
import { importBackend, type ImportBackend } from '../support/import-backend'
import { addSheet, asFile, xlsxBytes } from '../support/import-workbooks'
import { shownProblem } from '../support/shown-problem'

/**
 * A small office for the input imports: four people (one staff number with leading zeros, two
 * window posts) and a scheme with a 票决 item, two 目标 items (higher and lower is better) and a
 * 群众满意度 item that only window posts have.
 */
export async function inputsBackend(name: string): Promise<ImportBackend> {
  const k = await importBackend(name)
  const roster = await xlsxBytes((wb) =>
    addSheet(wb, '名册', [
      ['工号', '姓名', '部门', '岗位类别'],
      ['S001', '张三', '办公室', '综合管理'],
      ['S002', '李四', '办公室', '综合管理'],
      ['00123', '王五', '政务服务中心/窗口一科', '窗口服务'],
      ['S004', '赵六', '政务服务中心/窗口一科', '窗口服务'],
    ]),
  )
  await k.ok('roster-import', { file: asFile('roster.xlsx', roster) })
  const scheme = await xlsxBytes((wb) =>
    addSheet(wb, '体系', [
      ['编码', '名称', '上级编码', '权重', '类型', '适用范围', '计分方式', '目标值', '方向'],
      ['D', '德', null, 20, '共性', null, '评分', null, null],
      ['D1', '政治品质', 'D', 60, '共性', null, '评分', null, null],
      ['D2', '民主测评', 'D', 40, '共性', null, '票决', null, null],
      ['N', '能', null, 20, '共性', null, '评分', null, null],
      ['N1', '业务能力', 'N', 100, '共性', null, '评分', null, null],
      ['Q', '勤', null, 20, '共性', null, '评分', null, null],
      ['Q1', '工作态度', 'Q', 100, '共性', null, '评分', null, null],
      ['J', '绩', null, 20, '共性', null, '评分', null, null],
      ['J1', '办件量', 'J', 40, '共性', null, '目标', 50, '越高越好'],
      ['J2', '投诉次数', 'J', 20, '共性', null, '目标', 4, '越低越好'],
      ['J3', '群众满意度', 'J', 40, '个性', '窗口服务', '评分', null, null],
      ['L', '廉', null, 20, '共性', null, '评分', null, null],
      ['L1', '廉洁自律', 'L', 100, '共性', null, '评分', null, null],
    ]),
  )
  await k.ok('scheme-import', { file: asFile('scheme.xlsx', scheme), name: '测试体系' })
  await k.ok('period-create', { id: '2025-Q1', kind: 'quarter', scheme: '测试体系' })
  return k
}

/** Counts of every table an input import may write. */
export async function inputCounts(k: ImportBackend): Promise<Record<string, number>> {
  const out: Record<string, number> = {}
  for (const table of ['import_batches', 'ratings', 'ballots', 'satisfaction', 'measures', 'audit_log'] as const) {
    const row = await k.db
      .selectFrom(table)
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    out[table] = Number(row.n)
  }
  return out
}

export const errorsOf = (p: Pick<ImportPreview, 'problems'>) => p.problems.filter((x) => x.severity === 'error').map(shownProblem)
export const warningsOf = (p: Pick<ImportPreview, 'problems'>) => p.problems.filter((x) => x.severity === 'warning').map(shownProblem)
