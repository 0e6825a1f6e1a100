import type { CraftedEntry } from './crafted-zip'

/**
 * The parts of a minimal .xlsx, written as text, so a case can put anything in a sheet's XML (a
 * row at 50,000,000, a million styled empty cells, an entity bomb) that exceljs would never write.
 */
export interface SheetPart {
  name: string
  state?: 'visible' | 'hidden' | 'veryHidden'
  /** the whole worksheet XML, or its chunks for a large one */
  xml: Buffer | (() => Iterable<Buffer>)
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

export const sheetXml = (sheetData: string, before = '', after = '') =>
  Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${NS}" xmlns:r="${REL}">${before}<sheetData>${sheetData}</sheetData>${after}</worksheet>`)

/** A row of inline-string and number cells: ['工号', 'A001', 90] → <c t="inlineStr">… */
export function rowXml(r: number, values: (string | number | null)[]): string {
  const cells = values
    .map((v, i) => {
      if (v === null) return ''
      const ref = `${columnLetters(i + 1)}${r}`
      if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`
      return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(v)}</t></is></c>`
    })
    .join('')
  return `<row r="${r}">${cells}</row>`
}

export function columnLetters(n: number): string {
  let s = ''
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s
  return s
}

export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const STYLES = Buffer.from(
  `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS}"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf/><xf numFmtId="0" fillId="0"/></cellXfs></styleSheet>`,
)

/** Every part an .xlsx needs around its sheets; `extra` adds or replaces parts (styles, shared strings, drawings). */
export function xlsxEntries(sheets: SheetPart[], extra: CraftedEntry[] = []): CraftedEntry[] {
  const overrides = sheets
    .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
    .join('')
  const types = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${overrides}</Types>`
  const rootRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  const sheetEls = sheets
    .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state && s.state !== 'visible' ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
    .join('')
  const workbook = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>${sheetEls}</sheets></workbook>`
  const wbRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join('')}<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/></Relationships>`
  const base: CraftedEntry[] = [
    { name: '[Content_Types].xml', data: Buffer.from(types) },
    { name: '_rels/.rels', data: Buffer.from(rootRels) },
    { name: 'xl/workbook.xml', data: Buffer.from(workbook) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(wbRels) },
    { name: 'xl/styles.xml', data: STYLES },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: s.xml })),
  ]
  const replaced = new Set(extra.map((e) => e.name))
  return [...base.filter((e) => !replaced.has(e.name)), ...extra]
}

/** Chunks of a large sheet: the XML head, `rows` rows made by `row(r)` in batches, the tail. */
export function* largeSheet(rows: number, row: (r: number) => string, startRow = 1): Iterable<Buffer> {
  yield Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${NS}"><sheetData>`)
  let batch: string[] = []
  for (let r = startRow; r < startRow + rows; r++) {
    batch.push(row(r))
    if (batch.length === 20_000) {
      yield Buffer.from(batch.join(''))
      batch = []
    }
  }
  if (batch.length) yield Buffer.from(batch.join(''))
  yield Buffer.from('</sheetData></worksheet>')
}
