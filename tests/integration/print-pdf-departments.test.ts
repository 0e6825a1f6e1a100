import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../electron/rpc/backend'
import type { ExportedFile } from '../../shared/contract'
import { buildAnnualYear } from '../support/annual-year'
import { clearPageImages, convertToPdf, isA4, pdfFonts, pdfPages, pdfPageTexts, renderPages, requirePrintTools } from '../support/print-pdf'
import { computedQuarter } from '../support/seed-fixture-2025-q1'
import { tempDir } from '../support/temp-dir'

const artifacts = path.resolve(__dirname, '../artifacts/print')
/** this file's PNGs only: print-pdf.test.ts keeps its own in the same folder */
const PREFIX = 'departments-'

interface Printed {
  pdf: string
  pages: ReturnType<typeof pdfPages>
  texts: string[]
  pngs: string[]
}

describe('部门汇总 prints on A4 through LibreOffice, every column on the page, Chinese rendered', () => {
  const tmp = tempDir('kaohe-print-departments-')
  const profile = path.join(tmp.dir, 'lo-profile')
  const backends: Backend[] = []
  const printed = new Map<string, Printed>()

  function print(name: string, file: ExportedFile): void {
    const xlsx = path.join(tmp.dir, `${name}.xlsx`)
    fs.writeFileSync(xlsx, Buffer.from(file.dataBase64, 'base64'))
    const pdf = convertToPdf(xlsx, tmp.dir, profile)
    const pngs = renderPages(pdf, artifacts, `${PREFIX}${name}`)
    printed.set(name, { pdf, pages: pdfPages(pdf), texts: pdfPageTexts(pdf), pngs })
  }

  beforeAll(async () => {
    requirePrintTools()
    clearPageImages(artifacts, [PREFIX])

    const quarter = await computedQuarter(path.join(tmp.dir, 'q1.db'))
    backends.push(quarter.backend)
    print('quarter', await quarter.ok<ExportedFile>('report-departments-export', { period: '2025-Q1' }))

    const y = await buildAnnualYear(path.join(tmp.dir, 'annual.db'))
    backends.push(y.backend)
    print('annual', await y.ok<ExportedFile>('report-departments-export', { period: '2025' }))
  }, 300_000)
  afterAll(async () => {
    for (const b of backends) await b.close()
    tmp.cleanup()
  })

  /**
   * Page by page, the first and the last header of the page's table. Every sheet of this workbook
   * fits one page: 说明 (12 items), 部门汇总 (6 or 2 departments and the total, landscape, 16
   * columns one page wide), 维度得分 (the departments, the unit row and the lowest lines). A column
   * cut off by the page width would add pages beyond these three and leave its header on its own.
   */
  const expected: Record<string, { title: string; pages: [first: string, last: string][] }> = {
    quarter: {
      title: '第一季度平时考核部门汇总说明',
      pages: [
        ['项目', '内容'],
        ['部门', '最低分'],
        ['部门', '廉'],
      ],
    },
    annual: {
      title: '2025年度考核部门汇总说明',
      pages: [
        ['项目', '内容'],
        ['部门', '最低分'],
        ['部门', '绩'],
      ],
    },
  }

  it.each(Object.keys(expected))('%s: every page A4, the expected number of pages', (name) => {
    const p = printed.get(name) as Printed
    expect(p.pages.filter((page) => !isA4(page))).toEqual([])
    expect(p.pages).toHaveLength(expected[name].pages.length)
    // 部门汇总 is wide: printed landscape
    expect(p.pages[1].width).toBeGreaterThan(p.pages[1].height)
  })

  it.each(Object.keys(expected))('%s: no column cut off — each page holds its first and last header', (name) => {
    const p = printed.get(name) as Printed
    const missing = expected[name].pages.flatMap(([first, last], i) => [first, last].filter((h) => !p.texts[i]?.includes(h)).map((h) => `page ${i + 1}: ${h}`))
    expect(missing).toEqual([])
    // the grade groups and the score group of 部门汇总 are all on its page
    for (const h of name === 'annual' ? ['优秀', '不称职', '不定等次', '平均分'] : ['好', '较差', '不定等次', '平均分']) expect(p.texts[1]).toContain(h)
  })

  it.each(Object.keys(expected))('%s: Chinese renders, from an embedded CJK font, with the page number in the footer', (name) => {
    const p = printed.get(name) as Printed
    expect(p.texts[0]).toContain(expected[name].title)
    // LibreOffice numbers the pages through the workbook (pdftotext drops some of the spaces)
    const n = expected[name].pages.length
    p.texts.forEach((text, i) => expect(text.replace(/\s+/g, '')).toContain(`第${i + 1}页共${n}页`))
    const cjk = pdfFonts(p.pdf).filter((f) => /CJK|Song|Hei|Kai|Fang|WenQuanYi|Droid.*Fallback/i.test(f.name))
    expect(cjk.some((f) => f.embedded)).toBe(true)
  })

  it('keeps pages 1–2 of each PDF as PNG for a person to look at', () => {
    for (const [name, p] of printed) {
      expect(p.pngs.filter((f) => f.startsWith(`${PREFIX}${name}-`)), name).toHaveLength(2)
    }
  })
})
