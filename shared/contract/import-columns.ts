import { z } from 'zod'
import { method } from './define'
import { access } from './access'
import type { ExportedFile } from './report'
import type { RememberedColumns } from '../domain/column-layout'

export type { RememberedColumns }

/** A problem as the preview listed it: what 导出问题清单 writes, one row each. */
const listedProblem = z.object({
  severity: z.enum(['error', 'warning']),
  sheet: z.string().max(200),
  row: z.number().int().min(1).max(1_048_576).nullable(),
  column: z.string().max(3).nullable(),
  columnName: z.string().max(32_767).nullable(),
  value: z.string().max(32_767).nullable().optional(),
  message: z.string().max(32_767),
})

export const importColumnsMethods = {
  /** the problems of a preview or a refused import, as a workbook (工作表 / 行 / 列 / 值 / 说明) */
  'import-problems-export': method<ExportedFile>()(
    z.object({ fileName: z.string().min(1).max(260), problems: z.array(listedProblem).min(1).max(100_000) }),
    { mutates: false, long: true, access: access.work },
  ),
  /** the column choices remembered per kind and header row, newest first */
  'import-columns-list': method<RememberedColumns[]>()(z.object({}), { mutates: false, access: access.systemAdmin }),
  /** forgets every remembered column choice: the next import of each layout asks again */
  'import-columns-clear': method<{ cleared: number }>()(z.object({}), { mutates: true, access: access.systemAdmin }),
}
