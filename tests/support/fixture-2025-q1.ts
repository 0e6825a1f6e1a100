import path from 'node:path'
import { readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import type { Indicator } from '../../shared/contract/scheme'
import type { PeriodPerson, PeriodRating } from '../../shared/domain/compute-period'
import { fixturesDir } from './temp-dir'

/**
 * The 2025-Q1 fixture workbooks read straight into computePeriod's input, without the importers, so
 * the computation can be checked against expected-2025-Q1.json on its own.
 */
export interface ExpectedResults {
  meta: { n: number; quota: number; good: number; lowest_good: number }
  results: { staffNo: string; name: string; department: string; total: number | null; grade: string; rank?: number }[]
}

async function sheetRows(file: string): Promise<Record<string, unknown>[]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(path.join(fixturesDir, file))
  const ws = wb.worksheets[0]
  const header = (ws.getRow(1).values as unknown[]).map((v) => (v === null || v === undefined ? '' : String(v).trim()))
  const rows: Record<string, unknown>[] = []
  ws.eachRow((row, n) => {
    if (n === 1) return
    const values = row.values as unknown[]
    rows.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? null]).filter(([h]) => h !== '')))
  })
  return rows
}

const text = (v: unknown): string | null => (v === null || v === undefined || String(v).trim() === '' ? null : String(v).trim())

export async function readFixture2025Q1(): Promise<{ people: PeriodPerson[]; indicators: Indicator[]; ratings: PeriodRating[] }> {
  const roster = await sheetRows('roster.xlsx')
  const people: PeriodPerson[] = roster.map((r, i) => ({
    personId: i + 1,
    staffNo: text(r['工号']) as string,
    name: text(r['姓名']) as string,
    department: text(r['部门']) as string,
    positionClass: text(r['岗位类别']),
    status: text(r['考核状态']) ?? '参加',
    statusReason: text(r['备注']),
  }))
  const idOf = new Map(people.map((p) => [p.staffNo, p.personId]))

  const scheme = await sheetRows('scheme.xlsx')
  const indicators: Indicator[] = scheme.map((r, i) => ({
    id: i + 1,
    code: text(r['编码']) as string,
    name: text(r['名称']) as string,
    parentCode: text(r['上级编码']),
    // the workbook gives percentages of the parent
    weight: Number(r['权重']) / 100,
    layer: (text(r['类型']) ?? '共性') as Indicator['layer'],
    scope: (text(r['适用范围']) ?? '').split(/[、,，;；]/).map((s) => s.trim()).filter(Boolean),
    nature: text(r['性质']) as Indicator['nature'],
    mode: (text(r['计分方式']) ?? '评分') as Indicator['mode'],
    target: null,
    direction: '越高越好',
    cap: null,
    validFrom: null,
    validTo: null,
    description: text(r['说明']),
    sortOrder: i + 1,
  }))

  const ratingRows = await sheetRows('ratings-2025-Q1.xlsx')
  const ratings: PeriodRating[] = ratingRows.map((r) => {
    const personId = idOf.get(text(r['工号']) as string)
    if (personId === undefined) throw new Error(`rating for unknown staff number ${String(r['工号'])}`)
    return {
      personId,
      indicatorCode: text(r['指标编码']) as string,
      role: text(r['评价主体']) as string,
      rater: text(r['评价人']),
      score: Number(r['分数']),
    }
  })
  return { people, indicators, ratings }
}

export function readExpected2025Q1(): ExpectedResults {
  return JSON.parse(readFileSync(path.join(fixturesDir, 'expected-2025-Q1.json'), 'utf8')) as ExpectedResults
}
