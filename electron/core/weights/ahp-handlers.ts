import type { HandlerMap } from '../context'
import { AppError } from '../../../shared/contract/app-error'
import { t } from '../../../shared/i18n'
import { checkMatrix } from '../../../shared/domain/ahp'
import { readAhpFile, matrixProblemText } from '../../excel/ahp-workbook'
import { fileBytes } from '../../excel/read-import'
import { ahpExportContent, buildAhpWorkbook } from '../../excel/write/ahp-export'
import { exportFileName } from '../../excel/write/file-name'
import { loadUnitName } from '../report/report-queries'

export const ahpHandlers: HandlerMap<'ahp-import' | 'ahp-export'> = {
  /** Reads the matrices only; the caller computes with shared/domain/ahp, as the grid does live. */
  async 'ahp-import'(input, ctx) {
    ctx.progress(0, 1, 'progress.reading')
    const sheets = await readAhpFile(fileBytes(input.file), input.file.fileName)
    await ctx.checkpoint()
    ctx.progress(1, 1, 'progress.reading')
    return sheets
  },

  async 'ahp-export'(input, ctx) {
    const n = input.criteria.length
    // the matrices come from the grid or a crafted call: the workbook states results only for valid ones
    const experts = input.experts.map((e) => {
      if (e.matrix.length !== n || e.matrix.some((r) => r.length !== n)) {
        throw new AppError('invalid-input', t('weights.ahp.error.size', { expert: e.name, n: e.matrix.length, criteria: n }))
      }
      const check = checkMatrix(e.matrix)
      if (!check.matrix) {
        const first = check.problems[0]
        const cell = (row: number, col: number) => t('weights.ahp.problem.cell', { row: row + 1, col: col + 1 })
        const text = matrixProblemText(first, input.criteria, cell(first.col ?? 0, first.row ?? 0))
        const located = first.row === null ? text : t('weights.ahp.problem.at', { cell: cell(first.row, first.col ?? 0), message: text })
        throw new AppError('invalid-input', t('weights.ahp.error.matrix', { expert: e.name, count: check.problems.length, first: located }))
      }
      return { name: e.name, matrix: check.matrix }
    })
    const unitName = await loadUnitName(ctx.db)
    const bytes = await buildAhpWorkbook({ ...input, experts, unitName })
    return { fileName: exportFileName({ unit: unitName, content: ahpExportContent(input.title) }), dataBase64: bytes.toString('base64') }
  },
}
