import type ExcelJS from 'exceljs'

export interface SheetPicture {
  png: Buffer
  /** pixels */
  width: number
  height: number
}

type WorkbookWriter = ExcelJS.stream.xlsx.WorkbookWriter
/** exceljs types a streamed sheet as a plain Worksheet */
type WorksheetWriter = ExcelJS.Worksheet

/**
 * The parts of exceljs 4.4's streaming writer this module reaches into. Its WorkbookWriter stores
 * and zips images (addImage) but its WorksheetWriter cannot anchor one on a sheet; the three missing
 * pieces — the drawing part, the sheet's relationship to it, and the `<drawing>` element — are
 * written here through the same zip and relationship writer the library uses for comments.
 */
interface WorkbookInternals {
  zip: { append(source: string, opts: { name: string }): unknown }
  addContentTypes(): Promise<void>
  getImage(id: number): { name: string }
}

interface SheetInternals {
  committed?: boolean
  _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string }
  _writeLegacyData(): void
  _write(text: string): void
}

const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing'
const REL_IMAGE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image'
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml'
/** English Metric Units per pixel at 96 dpi */
const EMU_PER_PX = 9525

const drawingsOf = new WeakMap<WorkbookWriter, string[]>()

/**
 * Anchors a PNG at a cell of a sheet being streamed (top-left at zero-based `col`, `row`), at its
 * own size, moving with that cell (Excel's "move but don't size"). Call before the sheet commits.
 * The XML is the one exceljs's in-memory writer produces for the same picture, which Excel, WPS and
 * LibreOffice open.
 */
export function placeStreamedPicture(workbook: WorkbookWriter, sheet: WorksheetWriter, picture: SheetPicture, at: { col: number; row: number }): void {
  const wb = workbook as unknown as WorkbookInternals
  const ws = sheet as unknown as SheetInternals
  if (ws.committed) throw new Error('placeStreamedPicture: the sheet is already committed')

  const imageId = workbook.addImage({ buffer: picture.png as unknown as ExcelJS.Buffer, extension: 'png' })
  const media = wb.getImage(imageId).name
  const drawings = registerDrawing(workbook, wb)
  const name = `drawing${drawings.length + 1}`
  drawings.push(name)

  wb.zip.append(drawingXml(at, picture), { name: `xl/drawings/${name}.xml` })
  wb.zip.append(relsXml('rId1', REL_IMAGE, `../media/${media}`), { name: `xl/drawings/_rels/${name}.xml.rels` })
  const rId = ws._sheetRelsWriter.addRelationship({ Type: REL_DRAWING, Target: `../drawings/${name}.xml` })

  // <drawing> comes right before <legacyDrawing> in a worksheet's element order
  const writeLegacy = ws._writeLegacyData.bind(ws)
  ws._writeLegacyData = () => {
    ws._write(`<drawing r:id="${rId}"/>`)
    writeLegacy()
  }
}

/** The first picture of a workbook makes its content types list the drawing parts. */
function registerDrawing(workbook: WorkbookWriter, wb: WorkbookInternals): string[] {
  const known = drawingsOf.get(workbook)
  if (known) return known
  const drawings: string[] = []
  drawingsOf.set(workbook, drawings)
  const addContentTypes = wb.addContentTypes.bind(wb)
  wb.addContentTypes = () => {
    // the library appends [Content_Types].xml synchronously inside this call
    const append = wb.zip.append
    wb.zip.append = (source, opts) => {
      const xml = opts.name === '[Content_Types].xml' ? source.replace('</Types>', `${drawings.map(overrideXml).join('')}</Types>`) : source
      return append.call(wb.zip, xml, opts)
    }
    try {
      return addContentTypes()
    } finally {
      wb.zip.append = append
    }
  }
  return drawings
}

function overrideXml(name: string): string {
  return `<Override PartName="/xl/drawings/${name}.xml" ContentType="${DRAWING_TYPE}"/>`
}

function relsXml(id: string, type: string, target: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`
  )
}

function drawingXml(at: { col: number; row: number }, picture: SheetPicture): string {
  const cx = Math.round(picture.width * EMU_PER_PX)
  const cy = Math.round(picture.height * EMU_PER_PX)
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    '<xdr:oneCellAnchor editAs="oneCell">' +
    `<xdr:from><xdr:col>${at.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${at.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:ext cx="${cx}" cy="${cy}"/>` +
    '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="1" name="Picture 1"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>' +
    '<xdr:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="rId1" cstate="print"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>' +
    '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>' +
    '</xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>'
  )
}
