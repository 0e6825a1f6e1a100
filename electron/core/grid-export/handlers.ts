import type { HandlerMap } from '../context'
import { t } from '../../../shared/i18n'
import type { ParsedInput } from '../../../shared/contract'
import { createStreamingWorkbook } from '../../excel/write/streaming-workbook'
import { writeTableSheet, type ColumnKind } from '../../excel/write/table-sheet'
import { fileSafe } from '../../excel/write/file-name'
import { sheetName } from '../../excel/write/sheet-name'

/** 'number' (a count or a score the grid did not label) keeps whatever decimals it has */
const kindOf: Record<ParsedInput<'grid-export'>['columns'][number]['kind'], ColumnKind> = {
  text: 'text',
  number: 'text',
  score: 'score',
  integer: 'integer',
}


export const gridExportHandlers: HandlerMap<'grid-export'> = {
  async 'grid-export'(input) {
    const { workbook, finish } = createStreamingWorkbook()
    await writeTableSheet(workbook, {
      name: sheetName(input.sheet ?? t('gridExport.sheet'), new Set(), 'Sheet1'),
      title: input.title,
      columns: input.columns.map((c) => ({
        header: c.header,
        kind: kindOf[c.kind],
        ...(c.group !== undefined ? { group: c.group } : {}),
        ...(c.kind === 'number' ? { align: 'right' as const } : {}),
      })),
      // the first column is usually the name: kept in view when scrolling right
      rows: input.rows.map((r) => input.columns.map((_, i) => r[i] ?? null)),
      freezeColumns: input.columns.length > 8 ? 1 : 0,
    })
    const bytes = await finish()
    return { fileName: t('gridExport.fileName', { title: fileSafe(input.title) }), dataBase64: bytes.toString('base64') }
  },
}
