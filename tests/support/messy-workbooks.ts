import ExcelJS from 'exceljs'

/**
 * Rewrites the clean fixture workbooks the way offices really keep them: a merged title row and a
 * blank row above the header, synonyms with stray and full-width spaces, columns in another order,
 * merged department cells, numbers as text and full-width digits, and a signature block below.
 */
export async function readRows(file: string): Promise<(string | number | null)[][]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  const ws = wb.worksheets[0]
  const rows: (string | number | null)[][] = []
  ws.eachRow({ includeEmpty: false }, (row) => {
    const values: (string | number | null)[] = []
    for (let c = 1; c <= ws.columnCount; c++) {
      const v = row.getCell(c).value
      values.push(v === null || v === undefined ? null : typeof v === 'number' ? v : String(v))
    }
    rows.push(values)
  })
  return rows
}

interface MessyOptions {
  title: string
  headers: Record<string, string>
  order?: string[]
  mergeColumn?: string
  transform?: (header: string, value: string | number | null, rowIndex: number) => string | number | null
}

export async function writeMessy(source: string, target: string, opts: MessyOptions): Promise<void> {
  const [header, ...data] = await readRows(source)
  const names = header.map(String)
  const order = opts.order ?? names
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Sheet1')
  ws.addRow([opts.title])
  ws.mergeCells(1, 1, 1, order.length)
  ws.addRow([])
  ws.addRow(order.map((h) => opts.headers[h] ?? h))
  const first = 4
  data.forEach((row, i) => {
    ws.addRow(
      order.map((h) => {
        const v = row[names.indexOf(h)] ?? null
        return opts.transform ? opts.transform(h, v, i) : v
      }),
    )
  })
  if (opts.mergeColumn) {
    const col = order.indexOf(opts.mergeColumn) + 1
    let start = first
    for (let r = first + 1; r <= first + data.length; r++) {
      const same = r < first + data.length && ws.getCell(r, col).value === ws.getCell(start, col).value
      if (!same) {
        if (r - 1 > start) {
          for (let k = start + 1; k <= r - 1; k++) ws.getCell(k, col).value = null
          ws.mergeCells(start, col, r - 1, col)
        }
        start = r
      }
    }
  }
  ws.addRow([])
  ws.addRow(['制表人：张三', null, '审核人：李四', null, '2025年4月3日'])
  await wb.xlsx.writeFile(target)
}

/** Full-width digits, as typed with a Chinese input method left in full-width mode. */
export function fullWidth(n: number): string {
  return String(n).replace(/[0-9.]/g, (d) => (d === '.' ? '．' : String.fromCharCode(d.charCodeAt(0) + 0xfee0)))
}
