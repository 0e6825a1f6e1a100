import { z } from 'zod'
import { method } from './define'
import { access } from './access'

export interface ExportedFile {
  fileName: string
  dataBase64: string
}

export const templateKinds = ['roster', 'scheme', 'ratings', 'ballots', 'satisfaction', 'measures', 'history', 'penalties', 'okr', 'calendar'] as const

export const reportMethods = {
  /**
   * omitSensitive: 出生年月, 身份证号 and 联系电话 left out of every sheet (the annual registration form
   * says 已按要求省略 where 出生年月 would be); otherwise they show as the caller's role sees them
   */
  'report-export': method<ExportedFile>()(z.object({ period: z.string().min(1).max(50), omitSensitive: z.boolean().optional() }), {
    mutates: false,
    long: true,
    access: access.readScoped,
  }),
  /** 部门汇总: each department's grade counts and shares, mean / highest / lowest score, and mean per dimension */
  'report-departments-export': method<ExportedFile>()(z.object({ period: z.string().min(1).max(50) }), { mutates: false, long: true, access: access.readUnit }),
  'template-get': method<ExportedFile>()(z.object({ kind: z.enum(templateKinds) }), { mutates: false, access: access.readFree }),
}
