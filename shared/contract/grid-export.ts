import { z } from 'zod'
import { method } from './define'
import { access } from './access'
import type { ExportedFile } from './report'

export const gridExportKinds = ['text', 'number', 'score', 'integer'] as const

/** A grid as the user sees it (columns in order, rows after filter and sort), written as a workbook. */
export const gridExportMethods = {
  'grid-export': method<ExportedFile>()(
    z.object({
      title: z.string().min(1).max(200),
      sheet: z.string().min(1).max(31).optional(),
      columns: z
        // group: the column group's name the grid draws above the header (a two-row header)
        // sensitive: the column holds 出生年月, 身份证号 or 联系电话 (as the grid got them, masked or not)
        .array(
          z.object({ header: z.string().max(200), group: z.string().min(1).max(200).optional(), kind: z.enum(gridExportKinds), sensitive: z.boolean().optional() }),
        )
        .min(1)
        .max(200),
      rows: z.array(z.array(z.union([z.string().max(32_767), z.number(), z.null()])).max(200)).max(100_000),
      // the leading columns the grid pins on the left (the name): kept in view in the workbook too
      freeze: z.number().int().min(0).max(10).optional(),
      // the sensitive columns left out of the workbook altogether
      omitSensitive: z.boolean().optional(),
    }),
    { mutates: false, access: access.readFree },
  ),
}
