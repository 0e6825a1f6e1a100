import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../electron/rpc/backend'
import type { ExportedFile, PeriodResults } from '../../shared/contract'
import { approveAndPublish, buildAnnualYear } from '../support/annual-year'
import { clearPageImages, convertToPdf, isA4, pdfFonts, pdfImages, pdfPages, pdfPageTexts, renderPages, requirePrintTools } from '../support/print-pdf'
import { computedQuarter } from '../support/seed-fixture-2025-q1'
import { tempDir } from '../support/temp-dir'

const artifacts = path.resolve(__dirname, '../artifacts/print')

interface Printed {
  name: string
  pdf: string
  pages: ReturnType<typeof pdfPages>
  texts: string[]
}

describe('exports print on A4 through LibreOffice, every column on the page, Chinese rendered', () => {
  const tmp = tempDir('kaohe-print-')
  const profile = path.join(tmp.dir, 'lo-profile')
  const backends: Backend[] = []
  const printed = new Map<string, Printed>()

  async function print(name: string, file: ExportedFile): Promise<void> {
    const xlsx = path.join(tmp.dir, file.fileName)
    fs.writeFileSync(xlsx, Buffer.from(file.dataBase64, 'base64'))
    const pdf = convertToPdf(xlsx, tmp.dir, profile)
    renderPages(pdf, artifacts, name)
    printed.set(name, { name, pdf, pages: pdfPages(pdf), texts: pdfPageTexts(pdf) })
  }

  beforeAll(async () => {
    requirePrintTools()
    // only this file's pages: the other print checks keep theirs in the same folder
    clearPageImages(
      artifacts,
      Object.keys(expected).map((name) => `${name}-`),
    )

    const quarter = await computedQuarter(path.join(tmp.dir, 'q1.db'))
    backends.push(quarter.backend)
    const q = quarter.ok
    await print('quarter-report', await q<ExportedFile>('report-export', { period: '2025-Q1' }))
    // the results grid as a clerk exports it (导出表格): pinned 工号 and 姓名, dimensions, total, rank, grade, notes
    const quarterResults = await q<PeriodResults>('results-list', { period: '2025-Q1' })
    await print(
      'grid-results',
      await q<ExportedFile>('grid-export', {
        title: '2025年第一季度平时考核结果',
        columns: [
          { header: '工号', kind: 'text' },
          { header: '姓名', kind: 'text' },
          { header: '部门', kind: 'text' },
          ...quarterResults.dimensions.map((d) => ({ header: d.name, kind: 'score' as const })),
          { header: '总分', kind: 'score' },
          { header: '排名', kind: 'integer' },
          { header: '等次', kind: 'text' },
          { header: '备注', kind: 'text' },
        ],
        rows: quarterResults.rows.map((r) => [
          r.staffNo,
          r.name,
          r.department,
          ...quarterResults.dimensions.map((d) => r.dimensions[d.code] ?? null),
          r.total,
          r.rank,
          r.grade,
          [...r.flags.map((f) => f.text), ...r.notes].join('；') || null,
        ]),
        freeze: 2,
      }),
    )

    const y = await buildAnnualYear(path.join(tmp.dir, 'annual.db'))
    backends.push(y.backend)
    await approveAndPublish(y, { self: '全年完成各项工作任务。', leader: '工作认真负责。' })
    await print('annual-report', await y.ok<ExportedFile>('report-export', { period: '2025' }))
    await print('notice', await y.ok<ExportedFile>('notice-export', { period: '2025' }))
    await print('result-sheet', await y.ok<ExportedFile>('results-explain-export', { period: '2025', staffNo: 'S01' }))
    await print('uses', await y.ok<ExportedFile>('uses-export', { year: 2025 }))
  }, 300_000)
  afterAll(async () => {
    for (const b of backends) await b.close()
    tmp.cleanup()
  })

  /**
   * What each export prints as, page by page: a word of the title or first header, and the header
   * that ends the row. With fit-to-width a sheet's columns share one page width, so a cut-off column
   * would add pages beyond this row-driven count and leave its header on a page of its own.
   *   quarterly (37 people): 说明, 汇总, 明细 rows 1–31 then 32–37 under the repeated header, 公示名单 → 5
   *   annual (8 people): 说明, 汇总, 明细, 等次分布, 公示名单, 结果运用, then one 登记表 per person → 6 + 8
   *   notice (1 优秀): one page; result sheet: scores, the year, dimensions, rules and signatures → 1
 *   the results grid exported as shown (37 rows) → 2; 结果运用: 说明 and the year's 8 lists → 9
   */
  const expected: Record<string, { title: string; pages: [first: string, last: string][] }> = {
    'quarter-report': {
      title: '平时考核结果说明',
      pages: [
        ['类别', '内容'],
        ['部门', '不定等次'],
        ['序号', '备注'],
        ['序号', '备注'],
        ['序号', '等次'],
      ],
    },
    'annual-report': {
      title: '年度考核报告说明',
      pages: [
        ['类别', '内容'],
        ['部门', '不定等次'],
        ['序号', '提示与备注'],
        ['等次', '占总人数'],
        ['序号', '等次'],
        ['序号', '备注'],
        ...Array.from({ length: 8 }, (): [string, string] => ['公务员年度考核登记表', '本人意见']),
      ],
    },
    notice: { title: '年度考核“优秀”等次人员公示', pages: [['序号', '等次']] },
    'result-sheet': { title: '个人考核结果单', pages: [['指标', '本人签字']] },
    // 37 rows under the repeated header, landscape, the pinned 工号 first on each page
    'grid-results': { title: '2025年第一季度平时考核结果', pages: [['工号', '备注'], ['工号', '备注']] },
    // 说明, then one sheet per list of the year (嘉奖 … 负面清单), each on its page
    uses: { title: '2025年度考核结果运用说明', pages: [['项目', '内容'], ...Array.from({ length: 8 }, (): [string, string] => ['序号', '备注'])] },
  }

  it.each(Object.keys(expected))('%s: every page A4, the expected number of pages', (name) => {
    const p = printed.get(name) as Printed
    expect(p.pages.filter((page) => !isA4(page))).toEqual([])
    expect(p.pages).toHaveLength(expected[name].pages.length)
  })

  it.each(Object.keys(expected))('%s: no column cut off — each page holds its first and last header', (name) => {
    const p = printed.get(name) as Printed
    const missing = expected[name].pages.flatMap(([first, last], i) => [first, last].filter((h) => !p.texts[i]?.includes(h)).map((h) => `page ${i + 1}: ${h}`))
    expect(missing).toEqual([])
  })

  it.each(Object.keys(expected))('%s: Chinese renders, from an embedded CJK font', (name) => {
    const p = printed.get(name) as Printed
    expect(p.texts[0]).toContain(expected[name].title)
    const cjk = pdfFonts(p.pdf).filter((f) => /CJK|Song|Hei|Kai|Fang|WenQuanYi|Droid.*Fallback/i.test(f.name))
    expect(cjk.some((f) => f.embedded)).toBe(true)
  })

  it('annual-report: the grade distribution chart prints under its table, on the 等次分布 page only', () => {
    const p = printed.get('annual-report') as Printed
    const page = p.texts.findIndex((text) => text.includes('占总人数')) + 1
    expect(page).toBe(4)
    // the 640 × 384 px PNG placed on the streamed sheet
    expect(pdfImages(p.pdf)).toEqual([{ page, width: 640, height: 384 }])
  })

  it('keeps pages 1–2 of each PDF as PNG for a person to look at', () => {
    const pngs = fs.readdirSync(artifacts).sort()
    for (const name of Object.keys(expected)) {
      expect(pngs.filter((f) => f.startsWith(`${name}-`))).toHaveLength(Math.min(2, expected[name].pages.length))
    }
  })
})
