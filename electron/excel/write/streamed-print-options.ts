import type ExcelJS from 'exceljs'

interface SheetWriterInternals {
  pageSetup: Partial<ExcelJS.PageSetup>
  stream: { write(xml: string): void }
  _writePageMargins(): void
}

/**
 * exceljs's streamed sheet writes no <printOptions>, so a page setup's horizontalCentered (and
 * gridLines, headings, verticalCentered) is lost: the page prints against the left margin. This
 * writes the element where the sheet XML schema puts it, just before <pageMargins>, when the sheet
 * commits. createStreamingWorkbook calls it for every sheet it adds.
 */
export function keepPrintOptions(ws: ExcelJS.Worksheet): void {
  const sheet = ws as unknown as SheetWriterInternals
  const margins = sheet._writePageMargins.bind(sheet)
  sheet._writePageMargins = () => {
    const p = sheet.pageSetup
    const attributes = [
      p.showRowColHeaders ? 'headings="1"' : '',
      p.showGridLines ? 'gridLines="1"' : '',
      p.horizontalCentered ? 'horizontalCentered="1"' : '',
      p.verticalCentered ? 'verticalCentered="1"' : '',
    ].filter(Boolean)
    if (attributes.length > 0) sheet.stream.write(`<printOptions ${attributes.join(' ')}/>`)
    margins()
  }
}
