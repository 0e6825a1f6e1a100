import { z } from 'zod'
import { method } from './define'
import { access } from './access'
import type { ExportedFile } from './report'

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

/** A scheme by name; the newest version unless one is named. */
const schemeRef = z.object({ name: z.string().min(1).max(100), version: z.number().int().min(1).optional() })

/** One indicator as the editor saves it; order in the array is the display order. */
export const indicatorInput = z.object({
  code: z.string().trim().min(1).max(50),
  name: z.string().trim().min(1).max(200),
  parentCode: z.string().trim().min(1).max(50).nullable(),
  weight: z.number().min(0).max(1),
  layer: z.enum(indicatorLayers),
  scope: z.array(z.string().trim().min(1).max(100)).max(200),
  nature: z.enum(indicatorNatures).nullable(),
  mode: z.enum(scoringModes),
  target: z.number().nullable(),
  direction: z.enum(directions),
  cap: z.number().min(0).nullable(),
  validFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  validTo: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  description: z.string().max(2000).nullable(),
})
export type IndicatorInput = z.infer<typeof indicatorInput>

export interface SchemeDiff {
  name: string
  from: number
  to: number
  added: Indicator[]
  removed: Indicator[]
  /** same code in both; `fields` names what differs (keys of Indicator) */
  changed: { code: string; before: Indicator; after: Indicator; fields: string[] }[]
}

/** Who the effective scheme is computed for: a person, or a position class and/or department. */
export const effectiveTarget = z.union([
  z.object({ staffNo: z.string().min(1).max(50) }),
  z.object({ positionClass: z.string().max(100).optional(), department: z.string().max(200).optional() }),
])

export interface EffectiveIndicator {
  code: string
  name: string
  parentCode: string | null
  level: number
  layer: Indicator['layer']
  nature: Indicator['nature']
  mode: Indicator['mode']
  /** the weight as set in the scheme (fraction of the parent) */
  setWeight: number
  /** rescaled over the siblings that apply to this target */
  weight: number
  /** share of the whole total: product of the rescaled weights along the path */
  globalWeight: number
}

export interface EffectiveScheme {
  name: string
  version: number
  /** in words, e.g. 工号 S025 吴某（窗口服务 · 便民服务中心） */
  target: string
  asOf: string
  indicators: EffectiveIndicator[]
}

export interface SchemeCheckItem {
  severity: 'error' | 'warning'
  /** a stable key naming the rule, e.g. 'quantity-share', 'weight-sum', 'no-definition' */
  rule: string
  indicator: string | null
  message: string
}

export interface SchemeCheck {
  name: string
  version: number
  ok: boolean
  items: SchemeCheckItem[]
  /** share of the total weight held by 数量 indicators: overall and per position class */
  quantityShare: { overall: number; byPositionClass: Record<string, number> }
}

export const schemeMethods = {
  'scheme-list': method<SchemeSummary[]>()(z.object({}), { mutates: false, access: access.readFree }),
  'scheme-get': method<Scheme>()(schemeRef, { mutates: false, access: access.readFree }),
  /** an empty draft (version 1) to build in the editor, for offices that start without a workbook */
  'scheme-create': method<Scheme>()(z.object({ name: z.string().trim().min(1).max(100) }), { mutates: true, access: access.work }),
  'scheme-save': method<Scheme>()(
    z.object({ name: z.string().min(1).max(100), version: z.number().int().min(1), indicators: z.array(indicatorInput).max(5000) }),
    { mutates: true, access: access.work },
  ),
  'scheme-new-version': method<Scheme>()(z.object({ name: z.string().min(1).max(100), fromVersion: z.number().int().min(1) }), {
    mutates: true,
    access: access.work,
  }),
  'scheme-compare': method<SchemeDiff>()(
    z.object({ name: z.string().min(1).max(100), from: z.number().int().min(1), to: z.number().int().min(1) }),
    { mutates: false, access: access.readFree },
  ),
  'scheme-effective': method<EffectiveScheme>()(z.object({ scheme: schemeRef, target: effectiveTarget, asOf: z.string().optional() }), {
    mutates: false,
    access: access.readFree,
  }),
  'scheme-check': method<SchemeCheck>()(schemeRef.extend({ period: z.string().max(50).optional() }), { mutates: false, access: access.readFree }),
  'scheme-export': method<ExportedFile>()(schemeRef, { mutates: false, access: access.readFree }),
  'scheme-effective-export': method<ExportedFile>()(z.object({ scheme: schemeRef, target: effectiveTarget }), { mutates: false, access: access.readFree }),
  'scheme-indicator-update': method<Indicator>()(
    z.object({
      name: z.string().min(1).max(100),
      version: z.number().int().min(1).optional(),
      code: z.string().min(1).max(50),
      patch: z
        .object({
          name: z.string().min(1).max(200),
          weight: z.number().min(0).max(1),
          description: z.string().max(2000).nullable(),
        })
        .partial(),
    }),
    { mutates: true, access: access.work },
  ),
}
