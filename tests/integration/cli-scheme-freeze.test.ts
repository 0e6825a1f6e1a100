import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, describe, expect, it } from 'vitest'
import { cli } from '../support/run-cli'
import { fixturesDir, tempDir } from '../support/temp-dir'

describe('freezing through the CLI', () => {
  const tmp = tempDir()
  const db = path.join(tmp.dir, 'freeze.db')
  afterAll(() => tmp.cleanup())

  it('refuses to change a scheme version once a period has opened on it, naming the period', async () => {
    for (const s of [
      ['import', 'roster', path.join(fixturesDir, 'roster.xlsx')],
      ['import', 'scheme', path.join(fixturesDir, 'scheme.xlsx'), '--name', '平时考核2025'],
      ['period', 'create', '--id', '2025-Q1', '--kind', 'quarter', '--scheme', '平时考核2025'],
    ]) expect((await cli(db, ...s)).code).toBe(0)

    const opened = await cli(db, 'period', 'open', '--id', '2025-Q1')
    expect(opened.code, opened.err).toBe(0)
    expect(opened.out).toContain('2025-Q1')

    const reimport = await cli(db, 'import', 'scheme', path.join(fixturesDir, 'scheme.xlsx'), '--name', '平时考核2025')
    expect(reimport.code).toBe(1)
    expect(reimport.err).toContain('2025-Q1')
    expect(reimport.err).toContain('冻结')

    const again = await cli(db, 'period', 'open', '--id', '2025-Q1')
    expect(again.code).toBe(1)

    // the scheme as stored is untouched: the same 14 indicators, weights as imported
    const shown = await cli(db, 'scheme', 'show', '平时考核2025', '--json')
    const scheme = JSON.parse(shown.out) as { status: string; frozenBy: string; indicators: { code: string; weight: number }[] }
    expect(scheme.status).toBe('frozen')
    expect(scheme.frozenBy).toBe('2025-Q1')
    expect(scheme.indicators).toHaveLength(14)
    expect(scheme.indicators.find((i) => i.code === 'J')?.weight).toBeCloseTo(0.4, 10)
  })

  it('reads AHP matrices from a workbook and prints the results per sheet', async () => {
    const file = path.join(tmp.dir, 'ahp.xlsx')
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('专家一')
    const names = ['德', '能', '勤', '绩', '廉']
    ws.addRow(['判断矩阵', ...names])
    const m = [[1, '1/3', '1/2', 3, 2], [3, 1, 2, 5, 4], [2, '1/2', 1, 4, 3], ['1/3', '1/5', '1/4', 1, '1/2'], ['1/2', '1/4', '1/3', 2, 1]]
    m.forEach((row, i) => ws.addRow([names[i], ...row]))
    await wb.xlsx.writeFile(file)
    const r = await cli(db, 'ahp', file, '--json')
    expect(r.code, r.err).toBe(0)
    const [sheet] = JSON.parse(r.out) as { sheet: string; weights: number[]; lambdaMax: number; cr: number; consistent: boolean }[]
    expect(sheet.sheet).toBe('专家一')
    expect(sheet.weights.map((w) => Number(w.toFixed(3)))).toEqual([0.16, 0.419, 0.263, 0.062, 0.097])
    expect(Number(sheet.lambdaMax.toFixed(3))).toBe(5.068)
    expect(Number(sheet.cr.toFixed(3))).toBe(0.015)
    expect(sheet.consistent).toBe(true)
  })
})
