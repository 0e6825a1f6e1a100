import type { HandlerMap } from '../context'
import { t } from '../../../shared/i18n'
import type { ParsedInput } from '../../../shared/contract'
import { AppError } from '../../../shared/contract/app-error'
import { createStreamingWorkbook } from '../../excel/write/streaming-workbook'
import { writeTableSheet, type CellInput, type ColumnKind } from '../../excel/write/table-sheet'
import { exportFileName, unitTitle } from '../../excel/write/file-name'
import { loadUnitName } from '../report/report-queries'
import { sheetName } from '../../excel/write/sheet-name'
import { displayWidth } from '../../excel/write/sheet-style'

type GridInput = ParsedInput<'grid-export'>

/** 'number' (a count or a score the grid did not label) keeps whatever decimals it has */
const kindOf: Record<GridInput['columns'][number]['kind'], ColumnKind> = {
  text: 'text',
  number: 'text',
  score: 'score',
  integer: 'integer',
}

/**
 * Beyond this many width units a text column (a note, a reason, a rule) wraps inside its cell
 * instead of running past it into the next column when printed.
 */
const WRAP_BEYOND = 30

function longText(rows: readonly (readonly CellInput[])[], i: number): boolean {
  return rows.some((r) => typeof r[i] === 'string' && displayWidth(r[i] as string) > WRAP_BEYOND)
}

/**
 * The grid without its sensitive columns, when asked: their cells go with them, and the frozen
 * columns shrink by those of them that were frozen.
 */
function withoutSensitive(input: GridInput): GridInput {
  if (!input.omitSensitive) return input
  const kept = input.columns.flatMap((c, i) => (c.sensitive ? [] : [i]))
  const frozen = input.freeze === undefined ? undefined : kept.filter((i) => i < (input.freeze as number)).length
  return {
    ...input,
    columns: kept.map((i) => input.columns[i]),
    rows: input.rows.map((r) => kept.map((i) => r[i] ?? null)),
    ...(frozen === undefined ? {} : { freeze: frozen }),
  }
}

export const gridExportHandlers: HandlerMap<'grid-export'> = {
  async 'grid-export'(asked, ctx) {
    const input = withoutSensitive(asked)
    if (input.columns.length === 0) throw new AppError('invalid-input', t('gridExport.nothingLeft'))
    const unitName = await loadUnitName(ctx.db)
    const { workbook, finish } = createStreamingWorkbook()
    await writeTableSheet(workbook, {
      name: sheetName(input.sheet ?? t('gridExport.sheet'), new Set(), 'Sheet1'),
      title: unitTitle(unitName, input.title),
      columns: input.columns.map((c, i) => ({
        header: c.header,
        kind: kindOf[c.kind],
        ...(c.group !== undefined ? { group: c.group } : {}),
        ...(c.kind === 'number' ? { align: 'right' as const } : {}),
        ...(c.kind === 'text' && longText(input.rows, i) ? { wrap: true } : {}),
      })),
      rows: input.rows.map((r) => input.columns.map((_, i) => r[i] ?? null)),
      // the columns the grid pins; without that word, a wide grid keeps its first column (usually the name) in view
      freezeColumns: Math.min(input.freeze ?? (input.columns.length > 8 ? 1 : 0), input.columns.length),
    })
    const bytes = await finish()
    return { fileName: exportFileName({ unit: unitName, content: t('exportName.grid', { title: input.title }) }), dataBase64: bytes.toString('base64') }
  },
}
