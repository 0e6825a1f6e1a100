import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ExportedFile } from '../../shared/contract'
import { importBackend } from '../support/import-backend'
import { convertToPdf, pdfPageTexts, requirePrintTools } from '../support/print-pdf'
import { tempDir } from '../support/temp-dir'

type Api = Awaited<ReturnType<typeof importBackend>>
const TEXTS = ['=HYPERLINK("http://example.com","点我")', '+86 138', '-扣分项', '@张三']

/**
 * Formula-like text, exported through the real dispatch by a signed-in 考核工作人员: in the file the
 * cell is text in Excel's quote-prefix style (styles.xml, quotePrefix="1"), read back as the text
 * typed, and LibreOffice prints it without an apostrophe.
 */
describe('an export of formula-like text: quote-prefixed, no apostrophe in the cell or on paper', () => {
  const tmp = tempDir('kaohe-quote-prefix-')
  let api: Api
  let file: ExportedFile
  beforeAll(async () => {
    requirePrintTools()
    api = await importBackend('quote-prefix')
    file = await api.ok<ExportedFile>('grid-export', {
      title: '考核名单',
      columns: [
        { header: '姓名', kind: 'text' },
        { header: '备注', kind: 'text' },
      ],
      rows: TEXTS.map((text, i) => [`人员${i + 1}`, text]),
    })
  })
  afterAll(async () => {
    await api.backend.close()
    tmp.cleanup()
  })

  it('styles.xml gives each of those cells an xf with quotePrefix="1"; the stored text has no apostrophe', async () => {
    const zip = await JSZip.loadAsync(Buffer.from(file.dataBase64, 'base64'))
    const styles = await zip.file('xl/styles.xml')!.async('string')
    const xfs = [...(styles.match(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/)?.[1] ?? '').matchAll(/<xf\b[^>]*>/g)].map((m) => m[0])
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string')
    TEXTS.forEach((_, i) => {
      const ref = `B${i + 3}`
      const s = Number(new RegExp(`<c r="${ref}"[^>]*\\bs="(\\d+)"`).exec(sheet)?.[1])
      expect(xfs[s], ref).toMatch(/quotePrefix="1"/)
    })
    const plain = Number(/<c r="A3"[^>]*\bs="(\d+)"/.exec(sheet)?.[1] ?? 0)
    expect(xfs[plain]).not.toMatch(/quotePrefix/)
    const shared = (await zip.file('xl/sharedStrings.xml')!.async('string')).replace(/&quot;/g, '"')
    for (const text of TEXTS) {
      expect(shared).toContain(`>${text}<`)
      expect(shared).not.toContain(`>'${text}<`)
    }
  })

  it('exceljs reads each back as the text typed, a string with the quote-prefix style', async () => {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer)
    const ws = wb.worksheets[0]
    TEXTS.forEach((text, i) => {
      const cell = ws.getCell(`B${i + 3}`)
      expect(cell.type).toBe(ExcelJS.ValueType.String)
      expect(cell.value).toBe(text)
      expect((cell.style as { quotePrefix?: boolean }).quotePrefix).toBe(true)
    })
  })

  it('LibreOffice prints the text without an apostrophe', () => {
    const xlsx = path.join(tmp.dir, 'quote-prefix.xlsx')
    fs.writeFileSync(xlsx, Buffer.from(file.dataBase64, 'base64'))
    const text = pdfPageTexts(convertToPdf(xlsx, tmp.dir, path.join(tmp.dir, 'lo-profile'))).join('\n')
    for (const t of TEXTS) {
      expect(text).toContain(t)
      expect(text).not.toContain(`'${t}`)
    }
  })
})
