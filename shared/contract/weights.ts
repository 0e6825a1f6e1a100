import { z } from 'zod'
import { method } from './define'
import { access } from './access'
import { fileInput } from './imports'
import type { ExportedFile } from './report'

export const ahpMethods = ['eigen', 'geometric', 'sum'] as const
export type AhpMethod = (typeof ahpMethods)[number]
export const riTables = ['saaty', 'cn'] as const
export type RiTable = (typeof riTables)[number]
export const weightingMethods = ['direct', 'ahp', 'entropy', 'mix'] as const

/** One pairwise matrix read from a workbook sheet (an expert's judgments). */
export interface AhpSheet {
  sheet: string
  criteria: string[]
  /** null when the sheet could not be read; then `problems` says why, cell by cell */
  matrix: number[][] | null
  problems: import('./imports').ImportProblem[]
}

export interface EntropyResult {
  parentCode: string | null
  period: string
  children: { code: string; name: string }[]
  /** people whose scores were used */
  n: number
  entropy: number[]
  weights: number[]
}

export interface WeightDecision {
  id: number
  schemeName: string
  version: number
  parentCode: string | null
  method: (typeof weightingMethods)[number]
  weights: Record<string, number>
  inputs: unknown
  result: unknown
  decidedBy: string
  decidedAt: string
}

const matrix = z.array(z.array(z.number().positive().finite()).min(1).max(15)).min(1).max(15)

export const weightsMethods = {
  'ahp-import': method<AhpSheet[]>()(z.object({ file: fileInput }), { mutates: false, long: true, access: access.work }),
  'ahp-export': method<ExportedFile>()(
    z.object({
      title: z.string().max(200),
      criteria: z.array(z.string().max(200)).min(1).max(15),
      experts: z.array(z.object({ name: z.string().max(100), matrix })).min(1).max(50),
      method: z.enum(ahpMethods),
      riTable: z.enum(riTables),
    }),
    { mutates: false, access: access.readFree },
  ),
  'weights-entropy': method<EntropyResult>()(
    z.object({ name: z.string().min(1).max(100), version: z.number().int().min(1).optional(), parentCode: z.string().max(50).nullable(), period: z.string().min(1).max(50) }),
    { mutates: false, long: true, access: access.readUnit },
  ),
  'weights-apply': method<WeightDecision>()(
    z.object({
      name: z.string().min(1).max(100),
      version: z.number().int().min(1),
      parentCode: z.string().max(50).nullable(),
      method: z.enum(weightingMethods),
      weights: z.record(z.string(), z.number().min(0).max(1)),
      /** what the method was given (matrices, period, mix ratio …), kept with the decision */
      inputs: z.unknown().optional(),
      result: z.unknown().optional(),
    }),
    { mutates: true, access: access.work },
  ),
  'weights-history': method<WeightDecision[]>()(
    z.object({ name: z.string().min(1).max(100), version: z.number().int().min(1).optional() }),
    { mutates: false, access: access.readFree },
  ),
}
