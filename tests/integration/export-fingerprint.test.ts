import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Backend } from '../../electron/rpc/backend'
import type { ExportedFile } from '../../shared/contract'
import { approveAndPublish, buildAnnualYear } from '../support/annual-year'
import { computedQuarter } from '../support/seed-fixture-2025-q1'
import { tempDir } from '../support/temp-dir'

/**
 * Every exported workbook cell by cell, as one SHA-256 each: a change to the writers that is meant
 * to move code and not output (issue 13: one writer per sheet) must leave these unchanged. A
 * fingerprint that changes on purpose is recomputed from the printed `actual` and the change says why.
 *
 * What varies between runs and how it is held still:
 * - the clock: computedAt, published_at and the file's created stamp come from `new Date()`; only
 *   Date is faked (timers and setImmediate keep working for the streams and the database);
 * - the time zone: 说明 shows computedAt on the office's clock (localDateTime), so TZ is fixed too.
 * File properties (docProps) are not read: they are not cells.
 */
const EXPECTED = {
  quarterReport: '06e70706e1d2ef3af20bcf9ec087960583c5c14bcb22dfc8e606f11921c1e2fb',
  annualReport: 'c9555591d00dae8e74b8be69ebbc40936a7afafbf74fb0fc21d73c1f3827f796',
  resultSheet: 'd10dc5b09f6a7d1136eb1b25eb541221bfded86b38dcedbca15259bd926c239d',
  resultSheetsAll: 'b86aa6304ef01426d197b2a2f1f39d983cb64ad75099a5447a478e01550380b0',
  departmentsQuarter: '7c77a539db2de80abad371788a0649f687059d378a7e7fd3d255c2e2ce8f6d4a',
  departmentsYear: '9e909bc9ebb9fc770c228a14ca1769ca5b24bed56edf18302d364cdff5b3edb8',
}

const NOW = new Date('2026-01-04T01:30:00.000Z')
const EVIL = '=HYPERLINK("http://example.com","周五")'
const SELF = '一年来，认真学习贯彻党的二十大精神，扎实完成办公室文稿起草、会务保障和督查督办等工作，全年起草各类文稿六十余篇。'

/** Object keys sorted, so the same content serialises to the same text whatever order exceljs built it in. */
function canonical(value: unknown): unknown {
  if (Buffer.isBuffer(value)) return `sha256:${createHash('sha256').update(value).digest('hex')}`
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>
    return Object.fromEntries(
      Object.keys(o)
        .filter((k) => o[k] !== undefined)
        .sort()
        .map((k) => [k, canonical(o[k])]),
    )
  }
  return value
}

/** A style's parts, read one by one: exceljs's style objects can point back at their row or column. */
function styleOf(style: Partial<ExcelJS.Style> | undefined): unknown {
  if (!style) return null
  const { numFmt, font, alignment, border, fill, protection } = style
  // the quote-prefix style that keeps formula-like text text (electron/excel/write/cell-text-guard.ts)
  const quotePrefix = (style as { quotePrefix?: boolean }).quotePrefix
  return { numFmt, font, alignment, border, fill, protection, quotePrefix }
}

/** An image's place and the SHA-256 of its bytes. */
function imageOf(wb: ExcelJS.Workbook, image: ReturnType<ExcelJS.Worksheet['getImages']>[number]): unknown {
  const media = wb.getImage(Number(image.imageId)) as { extension?: string; buffer?: ArrayBuffer | Uint8Array }
  const { tl, br, ext, editAs } = image.range as unknown as Record<string, unknown>
  const at = (a: unknown) => (a && typeof a === 'object' ? { col: (a as { nativeCol?: number }).nativeCol, colOff: (a as { nativeColOff?: number }).nativeColOff, row: (a as { nativeRow?: number }).nativeRow, rowOff: (a as { nativeRowOff?: number }).nativeRowOff } : a)
  return { tl: at(tl), br: at(br), ext, editAs, extension: media.extension, bytes: media.buffer ? Buffer.from(media.buffer as Uint8Array) : null }
}

/** A cell's value by type: rich text as its plain text, a date as ISO, a formula as its formula. */
function cellValue(cell: ExcelJS.Cell): unknown {
  const v = cell.value
  if (v === null || v === undefined) return null
  if (v instanceof Date) return { date: v.toISOString() }
  if (typeof v !== 'object') return v
  if ('richText' in v) return { rich: v.richText.map((r) => r.text).join('') }
  if ('formula' in v || 'sharedFormula' in v) return { formula: cell.formula }
  if ('hyperlink' in v) return { text: v.text, hyperlink: v.hyperlink }
  if ('error' in v) return { error: v.error }
  return canonical(v)
}

/** The manual row breaks of each sheet, from its XML (exceljs reads none back). */
async function rowBreaks(bytes: Buffer, sheets: number): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes)
  const out: string[] = []
  for (let i = 1; i <= sheets; i++) {
    const xml = (await zip.file(`xl/worksheets/sheet${i}.xml`)?.async('string')) ?? ''
    out.push(/<rowBreaks[\s\S]*?<\/rowBreaks>/.exec(xml)?.[0] ?? '')
  }
  return out
}

/** Every sheet: name, print setup, header and footer, views, column widths, merges, images, row heights and breaks, and each cell's value and style. */
async function fingerprint(name: string, bytes: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  const breaks = await rowBreaks(bytes, wb.worksheets.length)
  const lines: string[] = []
  const put = (line: unknown) => lines.push(JSON.stringify(canonical(line)))
  wb.worksheets.forEach((ws, i) => {
    put({ sheet: ws.name, state: ws.state })
    put({ pageSetup: ws.pageSetup, headerFooter: ws.headerFooter, views: ws.views })
    put({ columns: (ws.columns ?? []).map((c) => ({ width: c.width ?? null, hidden: c.hidden ?? false, style: styleOf(c.style) })) })
    put({ merges: [...ws.model.merges].sort() })
    put({ images: ws.getImages().map((img) => imageOf(wb, img)) })
    put({ rowBreaks: breaks[i] })
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      put({ row: n, height: row.height ?? null, hidden: row.hidden })
      row.eachCell({ includeEmpty: true }, (cell) => {
        put({ cell: cell.address, type: cell.type, value: cellValue(cell), numFmt: cell.numFmt ?? null, style: styleOf(cell.style) })
      })
    })
  })
  const text = `${lines.join('\n')}\n`
  // FINGERPRINT_DUMP=folder: the lines hashed, one file a workbook, to diff when a fingerprint changes
  if (process.env.FINGERPRINT_DUMP) fs.writeFileSync(path.join(process.env.FINGERPRINT_DUMP, `${name}.jsonl`), text)
  return createHash('sha256').update(text).digest('hex')
}

const bytesOf = (f: ExportedFile) => Buffer.from(f.dataBase64, 'base64')

describe('every export, cell by cell, against its recorded fingerprint', () => {
  const tmp = tempDir('kaohe-fingerprint-')
  const tz = process.env.TZ
  const backends: Backend[] = []
  const actual: Record<keyof typeof EXPECTED, string> = { quarterReport: '', annualReport: '', resultSheet: '', resultSheetsAll: '', departmentsQuarter: '', departmentsYear: '' }

  beforeAll(async () => {
    process.env.TZ = 'Asia/Shanghai'
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(NOW)

    // (a) and (e): the 37-person 2025-Q1 sample
    const q = await computedQuarter(path.join(tmp.dir, 'quarter.db'))
    backends.push(q.backend)
    actual.quarterReport = await fingerprint('quarterReport', bytesOf(await q.ok<ExportedFile>('report-export', { period: '2025-Q1' })))
    actual.departmentsQuarter = await fingerprint('departmentsQuarter', bytesOf(await q.ok<ExportedFile>('report-departments-export', { period: '2025-Q1' })))

    // (b), (c), (d): the eight-person year, approved and its 优秀 notice published, a name that reads as a formula
    const y = await buildAnnualYear(path.join(tmp.dir, 'year.db'), { names: { S05: EVIL } })
    backends.push(y.backend)
    await y.backend.database.db.insertInto('settings').values({ key: 'unit.name', value: JSON.stringify('某某市某某局') }).execute()
    await approveAndPublish(y, { self: SELF, leader: '工作认真负责，完成任务好。' })
    actual.annualReport = await fingerprint('annualReport', bytesOf(await y.ok<ExportedFile>('report-export', { period: '2025' })))
    // S06: a penalty in the year, so the sheet has flags and the annual part
    actual.resultSheet = await fingerprint('resultSheet', bytesOf(await y.ok<ExportedFile>('results-explain-export', { period: '2025', staffNo: 'S06' })))
    actual.resultSheetsAll = await fingerprint('resultSheetsAll', bytesOf(await y.ok<ExportedFile>('results-explain-export-all', { period: '2025' })))
    actual.departmentsYear = await fingerprint('departmentsYear', bytesOf(await y.ok<ExportedFile>('report-departments-export', { period: '2025' })))
  }, 180_000)

  afterAll(async () => {
    vi.useRealTimers()
    if (tz === undefined) delete process.env.TZ
    else process.env.TZ = tz
    for (const b of backends) await b.close()
    tmp.cleanup()
  })

  it.each(Object.keys(EXPECTED) as (keyof typeof EXPECTED)[])('%s is unchanged', (name) => {
    expect(actual[name], `${name}: ${actual[name]}`).toBe(EXPECTED[name])
  })
})
