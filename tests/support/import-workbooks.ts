import ExcelJS from 'exceljs'
import type { FileInput } from '../../shared/contract'

type Row = (string | number | boolean | Date | null | ExcelJS.CellValue)[]

/** Writes a workbook with exceljs and answers its bytes, so tests read real .xlsx files. */
export async function xlsxBytes(build: (wb: ExcelJS.Workbook) => unknown): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  await build(wb)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

/** A sheet from rows (null leaves a cell blank), with optional merges like 'A1:F1'. */
export function addSheet(wb: ExcelJS.Workbook, name: string, rows: Row[], merges: string[] = []): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name)
  rows.forEach((r, i) => {
    r.forEach((v, j) => {
      if (v !== null && v !== undefined) ws.getCell(i + 1, j + 1).value = v as ExcelJS.CellValue
    })
  })
  for (const m of merges) ws.mergeCells(m)
  return ws
}

export function asFile(fileName: string, bytes: Buffer): FileInput {
  return { fileName, dataBase64: bytes.toString('base64') }
}
