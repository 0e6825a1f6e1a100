import { z } from 'zod'
import { method } from './define'
import { fileInput, type ImportPreview, type ImportResult } from './imports'

export const indicatorLayers = ['共性', '个性', '动态'] as const
export const indicatorNatures = ['数量', '质量'] as const
export const scoringModes = ['评分', '票决', '目标', '加减分', '否决'] as const
export const directions = ['越高越好', '越低越好'] as const

export interface Indicator {
  id: number
  code: string
  name: string
  parentCode: string | null
  /** a fraction of the parent: 0.15 means 15 % */
  weight: number
  layer: (typeof indicatorLayers)[number]
  /** position classes or department names the indicator applies to (个性 layer) */
  scope: string[]
  nature: (typeof indicatorNatures)[number] | null
  mode: (typeof scoringModes)[number]
  target: number | null
  direction: (typeof directions)[number]
  cap: number | null
  validFrom: string | null
  validTo: string | null
  description: string | null
  sortOrder: number
}

export interface SchemeSummary {
  id: number
  name: string
  version: number
  status: 'draft' | 'frozen'
  indicatorCount: number
  createdAt: string
  /** the period that froze it, when frozen */
  frozenBy: string | null
}

export interface Scheme extends SchemeSummary {
  indicators: Indicator[]
}

const schemeRef = z.object({ name: z.string().min(1).max(100) })

export const schemeMethods = {
  'scheme-list': method<SchemeSummary[]>()(z.object({}), { mutates: false }),
  'scheme-get': method<Scheme>()(schemeRef, { mutates: false }),
  'scheme-import-preview': method<ImportPreview>()(z.object({ file: fileInput, name: z.string().min(1).max(100) }), {
    mutates: false,
    long: true,
  }),
  'scheme-import': method<ImportResult>()(z.object({ file: fileInput, name: z.string().min(1).max(100) }), {
    mutates: true,
    long: true,
  }),
  'scheme-indicator-update': method<Indicator>()(
    z.object({
      name: z.string().min(1).max(100),
      code: z.string().min(1).max(50),
      patch: z
        .object({
          name: z.string().min(1).max(200),
          weight: z.number().min(0).max(1),
          description: z.string().max(2000).nullable(),
        })
        .partial(),
    }),
    { mutates: true },
  ),
}
