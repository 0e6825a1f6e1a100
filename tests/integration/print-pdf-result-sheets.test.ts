import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../electron/rpc/backend'
import type { ExportedFile, PeriodResults } from '../../shared/contract'
import { buildAnnualYear } from '../support/annual-year'
import { convertToPdf, isA4, pdfFonts, pdfPages, pdfPageTexts, renderPages, requirePrintTools, type PdfPage } from '../support/print-pdf'
import { tempDir } from '../support/temp-dir'

const artifacts = path.resolve(__dirname, '../artifacts/print')
const PREFIX = 'result-sheets-all'

/**
 * The workbook of everyone's 个人考核结果单 printed through LibreOffice: each person's block is the
 * single sheet with a manual page break after it, so it takes exactly the pages that person's single
 * sheet takes (one A4 page for these people: header, scores, adjustments, the year, flags, dimensions,
 * rules and signatures), and the next person
 * starts on a fresh page. The expected count is worked out per person by printing their single sheet.
 */
describe('everyone’s result sheets print on A4, each person on pages of their own', () => {
  const tmp = tempDir('kaohe-print-sheets-')
  const profile = path.join(tmp.dir, 'lo-profile')
  let backend: Backend
  let list: PeriodResults
  let pages: PdfPage[]
  let texts: string[]
  let pdf: string
  /** per person in print order: staff number, name, pages of their single sheet */
  const people: { staffNo: string; name: string; pages: number }[] = []

  function print(file: ExportedFile, name: string): string {
    const xlsx = path.join(tmp.dir, name)
    fs.writeFileSync(xlsx, Buffer.from(file.dataBase64, 'base64'))
    return convertToPdf(xlsx, tmp.dir, profile)
  }

  beforeAll(async () => {
    requirePrintTools()
    const y = await buildAnnualYear(path.join(tmp.dir, 'year.db'))
    backend = y.backend
    list = await y.ok<PeriodResults>('results-list', { period: '2025' })
    // print order: department by department in the roster's order (办公室, 业务科), results order within
    const order = [...new Set(list.rows.map((r) => r.department))]
    expect(order).toEqual(['办公室', '业务科'])
    for (const department of order) {
      for (const r of list.rows.filter((x) => x.department === department)) {
        const single = await y.ok<ExportedFile>('results-explain-export', { period: '2025', staffNo: r.staffNo })
        people.push({ staffNo: r.staffNo, name: r.name, pages: pdfPages(print(single, `single-${r.staffNo}.xlsx`)).length })
      }
    }
    pdf = print(await y.ok<ExportedFile>('results-explain-export-all', { period: '2025' }), 'all.xlsx')
    pages = pdfPages(pdf)
    texts = pdfPageTexts(pdf)
    fs.mkdirSync(artifacts, { recursive: true })
    for (const f of fs.readdirSync(artifacts).filter((n) => n.startsWith(`${PREFIX}-`))) fs.rmSync(path.join(artifacts, f))
    renderPages(pdf, artifacts, PREFIX)
  }, 300_000)
  afterAll(async () => {
    await backend.close()
    tmp.cleanup()
  })

  it('prints every page on A4', () => {
    expect(pages.length).toBeGreaterThan(0)
    expect(pages.filter((p) => !isA4(p))).toEqual([])
    // portrait: the sheet is narrower than it is long
    expect(pages.every((p) => p.height > p.width)).toBe(true)
  })

  it('takes, person by person, the pages of their single sheet: one A4 page each, 8 for the 8 people', () => {
    expect(people).toHaveLength(8)
    expect(people.map((p) => p.pages)).toEqual(Array.from({ length: 8 }, () => 1))
    expect(pages).toHaveLength(people.reduce((n, p) => n + p.pages, 0))
  })

  it('starts each person on a fresh page with their title and name, and ends it with the signatures', () => {
    let first = 0
    const wrong: string[] = []
    for (const p of people) {
      const start = texts[first] ?? ''
      if (!start.includes('个人考核结果单') || !start.includes(p.name) || !start.includes(p.staffNo)) wrong.push(`${p.staffNo} not on page ${first + 1}`)
      const end = texts[first + p.pages - 1] ?? ''
      if (!end.includes('本人签字')) wrong.push(`${p.staffNo}: no signatures on page ${first + p.pages}`)
      // nobody else's name on this person's pages
      for (const other of people.filter((o) => o !== p)) {
        for (let i = first; i < first + p.pages; i++) if ((texts[i] ?? '').includes(other.staffNo)) wrong.push(`${other.staffNo} on page ${i + 1}`)
      }
      first += p.pages
    }
    expect(wrong).toEqual([])
  })

  it('numbers the pages in the footer', () => {
    expect(texts.every((text) => /第\s*\d+\s*页\s*共\s*\d+\s*页/.test(text))).toBe(true)
  })

  it('renders Chinese from an embedded CJK font', () => {
    const cjk = pdfFonts(pdf).filter((f) => /CJK|Song|Hei|Kai|Fang|WenQuanYi|Droid.*Fallback/i.test(f.name))
    expect(cjk.some((f) => f.embedded)).toBe(true)
  })

  it('keeps pages 1–2 as PNG for a person to look at', () => {
    expect(fs.readdirSync(artifacts).filter((f) => f.startsWith(`${PREFIX}-`) && f.endsWith('.png'))).toHaveLength(2)
  })
})
