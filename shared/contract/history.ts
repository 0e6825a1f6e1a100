import { z } from 'zod'
import { method } from './define'
import { access } from './access'

export const historyAnnualGrades = ['优秀', '称职', '基本称职', '不称职', '不定等次'] as const
export type HistoryAnnualGrade = (typeof historyAnnualGrades)[number]
export const historyQuarterGrades = ['好', '较好', '一般', '较差'] as const
export type HistoryQuarterGrade = (typeof historyQuarterGrades)[number]

/**
 * 处分 (Party and government discipline) and 组织处理, then the negative list, in the order of the
 * template (formats.md), which is the order an error message lists them in. The penalty rules
 * (shared/domain/penalties.ts) weigh the first twelve; 不担当不作为 is the negative-list entry.
 */
export const penaltyRecordTypes = [
  '警告',
  '记过',
  '记大过',
  '降级',
  '撤职',
  '诫勉',
  '党内警告',
  '党内严重警告',
  '撤销党内职务',
  '留党察看',
  '开除党籍',
  '调整职务',
  '不担当不作为',
] as const
export type PenaltyRecordType = (typeof penaltyRecordTypes)[number]
export type PenaltyKind = 'penalty' | 'negative'

export interface GradeHistoryEntry {
  staffNo: string
  name: string
  year: number
  annualGrade: HistoryAnnualGrade
  /** 一季度 … 四季度, null where unknown */
  quarters: [HistoryQuarterGrade | null, HistoryQuarterGrade | null, HistoryQuarterGrade | null, HistoryQuarterGrade | null]
  batchId: number | null
}

export interface PenaltyEntry {
  id: number
  staffNo: string
  name: string
  type: PenaltyRecordType
  kind: PenaltyKind
  /** ISO date */
  decidedOn: string
  termMonths: number | null
  reason: string | null
  batchId: number | null
  createdAt: string
  createdBy: string
  /** the rule it triggers, in words of the penalty table (记大过：当年及次年不定等次) */
  rule: string
}

const staffNo = z.string().min(1).max(50)
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

export const historyMethods = {
  'history-list': method<GradeHistoryEntry[]>()(z.object({ staffNo: staffNo.optional() }), { mutates: false, access: access.readUnit }),
  /** year: entries decided in that calendar year */
  'penalties-list': method<PenaltyEntry[]>()(z.object({ staffNo: staffNo.optional(), year: z.number().int().min(1949).max(2200).optional() }), { mutates: false, access: access.readUnit }),
  'penalties-add': method<PenaltyEntry>()(
    z.object({
      staffNo,
      type: z.enum(penaltyRecordTypes),
      decidedOn: isoDate,
      termMonths: z.number().int().min(0).max(600).optional(),
      reason: z.string().max(1000).optional(),
    }),
    { mutates: true, access: access.work },
  ),
}
