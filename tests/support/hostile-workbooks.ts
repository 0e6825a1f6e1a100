import { crc32, deflateRawSync } from 'node:zlib'

/** One part of a hand-built zip; `crc` and `size` override what the central directory claims. */
export interface ZipPart {
  name: string
  data: Buffer
  crc?: number
  size?: number
  stored?: boolean
}

/**
 * Writes a zip by hand, so a test can make exactly the damage it wants (a wrong CRC, a size that
 * lies) — no zip library writes those on purpose.
 */
export function zipParts(parts: ZipPart[], opts: { zip64?: boolean } = {}): Buffer {
  const z64 = opts.zip64 === true
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const p of parts) {
    const comp = p.stored ? p.data : deflateRawSync(p.data, { level: 6 })
    const method = p.stored ? 0 : 8
    const crc = p.crc ?? crc32(p.data)
    const size = p.size ?? p.data.length
    const name = Buffer.from(p.name, 'utf8')
    // ZIP64 (as for parts over 4 GB): the 32-bit fields say 0xFFFFFFFF, the real values are in extra field 1
    const localExtra = z64 ? u64Extra([size, comp.length]) : Buffer.alloc(0)
    const centralExtra = z64 ? u64Extra([size, comp.length, offset]) : Buffer.alloc(0)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(z64 ? 45 : 20, 4)
    local.writeUInt16LE(0x0800, 6)
    local.writeUInt16LE(method, 8)
    local.writeUInt32LE(crc >>> 0, 14)
    local.writeUInt32LE(z64 ? 0xffffffff : comp.length, 18)
    local.writeUInt32LE(z64 ? 0xffffffff : size, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(localExtra.length, 28)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(z64 ? 45 : 20, 4)
    central.writeUInt16LE(z64 ? 45 : 20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(method, 10)
    central.writeUInt32LE(crc >>> 0, 16)
    central.writeUInt32LE(z64 ? 0xffffffff : comp.length, 20)
    central.writeUInt32LE(z64 ? 0xffffffff : size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt16LE(centralExtra.length, 30)
    central.writeUInt32LE(z64 ? 0xffffffff : offset, 42)
    locals.push(local, name, localExtra, comp)
    centrals.push(central, name, centralExtra)
    offset += 30 + name.length + localExtra.length + comp.length
  }
  const cd = Buffer.concat(centrals)
  const tail: Buffer[] = []
  if (z64) {
    const rec = Buffer.alloc(56)
    rec.writeUInt32LE(0x06064b50, 0)
    rec.writeBigUInt64LE(44n, 4)
    rec.writeUInt16LE(45, 12)
    rec.writeUInt16LE(45, 14)
    rec.writeBigUInt64LE(BigInt(parts.length), 24)
    rec.writeBigUInt64LE(BigInt(parts.length), 32)
    rec.writeBigUInt64LE(BigInt(cd.length), 40)
    rec.writeBigUInt64LE(BigInt(offset), 48)
    const locator = Buffer.alloc(20)
    locator.writeUInt32LE(0x07064b50, 0)
    locator.writeBigUInt64LE(BigInt(offset + cd.length), 8)
    locator.writeUInt32LE(1, 16)
    tail.push(rec, locator)
  }
  const eocd = Buffer.alloc(22)
  eocd.writeUInt32LE(0x06054b50, 0)
  eocd.writeUInt16LE(z64 ? 0xffff : parts.length, 8)
  eocd.writeUInt16LE(z64 ? 0xffff : parts.length, 10)
  eocd.writeUInt32LE(z64 ? 0xffffffff : cd.length, 12)
  eocd.writeUInt32LE(z64 ? 0xffffffff : offset, 16)
  return Buffer.concat([...locals, cd, ...tail, eocd])
}

function u64Extra(values: number[]): Buffer {
  const b = Buffer.alloc(4 + values.length * 8)
  b.writeUInt16LE(1, 0)
  b.writeUInt16LE(values.length * 8, 2)
  values.forEach((v, i) => b.writeBigUInt64LE(BigInt(v), 4 + i * 8))
  return b
}

const xmlHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const mainNs = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const relNs = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

export interface SheetPart {
  name: string
  /** the worksheet's XML inside <sheetData>…</sheetData> */
  sheetData: string | Buffer
  /** anything written before <sheetData>, e.g. a <dimension ref> */
  before?: string
}

/**
 * The parts of a minimal workbook as Excel lays it out (content types, rels, workbook, one part per
 * sheet), for tests that need a real .xlsx with hostile content in one place.
 */
export function workbookParts(sheets: SheetPart[], extra: { styles?: string | Buffer; sharedStrings?: string | Buffer } = {}): ZipPart[] {
  const sheetEntries = sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')
  const rels = sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${relNs}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join('')
  const extraRels =
    (extra.styles ? `<Relationship Id="rIdS" Type="${relNs}/styles" Target="styles.xml"/>` : '') +
    (extra.sharedStrings ? `<Relationship Id="rIdT" Type="${relNs}/sharedStrings" Target="sharedStrings.xml"/>` : '')
  const overrides =
    sheets
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join('') +
    (extra.styles ? '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' : '') +
    (extra.sharedStrings
      ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
      : '')
  const parts: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        `${xmlHead}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}</Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: Buffer.from(
        `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: Buffer.from(`${xmlHead}<workbook xmlns="${mainNs}" xmlns:r="${relNs}"><sheets>${sheetEntries}</sheets></workbook>`),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from(`${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}${extraRels}</Relationships>`),
    },
  ]
  sheets.forEach((s, i) => {
    const head = Buffer.from(`${xmlHead}<worksheet xmlns="${mainNs}" xmlns:r="${relNs}">${s.before ?? ''}<sheetData>`)
    const body = typeof s.sheetData === 'string' ? Buffer.from(s.sheetData) : s.sheetData
    parts.push({ name: `xl/worksheets/sheet${i + 1}.xml`, data: Buffer.concat([head, body, Buffer.from('</sheetData></worksheet>')]) })
  })
  if (extra.styles) parts.push({ name: 'xl/styles.xml', data: Buffer.from(extra.styles) })
  if (extra.sharedStrings) parts.push({ name: 'xl/sharedStrings.xml', data: Buffer.from(extra.sharedStrings) })
  return parts
}

/** Rows of XML built in chunks, so a test can write a million rows without one giant string. */
export function repeatRows(count: number, row: (r: number) => string): Buffer {
  const chunks: Buffer[] = []
  let acc = ''
  for (let r = 1; r <= count; r++) {
    acc += row(r)
    if (acc.length > 1 << 20) {
      chunks.push(Buffer.from(acc))
      acc = ''
    }
  }
  chunks.push(Buffer.from(acc))
  return Buffer.concat(chunks)
}

/** A styles part with `count` cell formats, as a file built to exhaust memory declares them. */
export function stylesWithFormats(count: number): Buffer {
  const head = `${xmlHead}<styleSheet xmlns="${mainNs}"><fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${count}">`
  return Buffer.concat([
    Buffer.from(head),
    repeatRows(count, () => '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'),
    Buffer.from('</cellXfs></styleSheet>'),
  ])
}

export const minimalStyles = stylesWithFormats(2).toString('utf8')
