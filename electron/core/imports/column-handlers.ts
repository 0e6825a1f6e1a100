import type { HandlerMap, HandlerContext } from '../context'
import type { ParsedInput } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { createStreamingWorkbook } from '../../excel/write/streaming-workbook'
import { writeTableSheet } from '../../excel/write/table-sheet'
import { fileSafe } from '../../excel/write/file-name'
import { sheetName } from '../../excel/write/sheet-name'
import { clearRememberedColumns, loadRememberedColumns } from './remembered-columns'

type ProblemsInput = ParsedInput<'import-problems-export'>

/**
 * The problem list as the preview shows it, one row a problem: 类别, 工作表, 行, 列 (letter and header),
 * 值 and 说明, so a clerk can hand it to whoever fixes the file. Every cell goes through the writers'
 * text guard (a value like `=HYPERLINK(…)` stays text).
 */
async function problemsWorkbook(input: ProblemsInput, ctx: HandlerContext): Promise<Buffer> {
  const { workbook, finish } = createStreamingWorkbook()
  const rows = input.problems.map((p) => [
    p.severity === 'error' ? t('import.problems.error') : t('import.problems.warning'),
    p.sheet || null,
    p.row,
    p.column ? (p.columnName ? t('ui.problem.columnNamed', { column: p.column, name: p.columnName }) : p.column) : null,
    p.value ?? null,
    p.message,
  ])
  await writeTableSheet(
    workbook,
    {
      name: sheetName(t('import.problems.sheetName'), new Set(), 'Sheet1'),
      title: t('import.problems.title', { file: input.fileName }),
      columns: [
        { header: t('import.problems.severity'), kind: 'text' },
        { header: t('import.problems.sheet'), kind: 'text' },
        { header: t('import.problems.row'), kind: 'integer' },
        { header: t('import.problems.column'), kind: 'text' },
        { header: t('import.problems.value'), kind: 'text', wrap: true },
        { header: t('import.problems.message'), kind: 'text', wrap: true },
      ],
      rows,
    },
    async (written) => {
      ctx.progress(written, rows.length, 'progress.writing')
      await ctx.checkpoint()
    },
  )
  return finish()
}

export const importColumnHandlers: HandlerMap<'import-problems-export' | 'import-columns-list' | 'import-columns-clear'> = {
  async 'import-problems-export'(input, ctx) {
    const bytes = await problemsWorkbook(input, ctx)
    const base = fileSafe(input.fileName.replace(/\.[^.]+$/, ''))
    return { fileName: t('import.problems.fileName', { file: base }), dataBase64: bytes.toString('base64') }
  },
  async 'import-columns-list'(_input, ctx) {
    return loadRememberedColumns(ctx.db)
  },
  async 'import-columns-clear'(_input, ctx) {
    const before = await clearRememberedColumns(ctx.db)
    if (before.length > 0) ctx.audit({ entity: 'settings', entityId: 'import.columns', before, after: [] })
    return { cleared: before.length }
  },
}
