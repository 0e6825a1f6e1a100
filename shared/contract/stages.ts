import { z } from 'zod'
import { method } from './define'
import { access } from './access'
import type { Period } from './period'
import type { ExportedFile } from './report'
import { participationStatuses } from './roster'
import { stageKeys, type StageKey } from '../domain/period-lifecycle'

export { stageKeys, type StageKey }

const periodRef = z.string().min(1).max(50)
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

/** A 述职 attachment is stored in the database: a scanned report fits, a video does not. */
export const MAX_STAGE_ATTACHMENT_BYTES = 20 * 1024 * 1024
export const MAX_STAGE_ATTACHMENT_MB = MAX_STAGE_ATTACHMENT_BYTES / 1024 / 1024
const MAX_STAGE_ATTACHMENT_BASE64_CHARS = Math.ceil(MAX_STAGE_ATTACHMENT_BYTES / 3) * 4
const staffNo = z.string().min(1).max(50)

/** Quarterly grades a leader may propose, and annual ones; special periods use the annual words. */
export const quarterlyGrades = ['好', '较好', '一般', '较差'] as const
export const annualGrades = ['优秀', '称职', '基本称职', '不称职'] as const

export interface StageState {
  stage: StageKey
  required: boolean
  done: boolean
  decidedBy: string | null
  decidedAt: string | null
}

export interface PeriodPersonRow {
  staffNo: string
  name: string
  department: string
  status: string
  reason: string | null
  stages: StageState[]
}

export interface StageEntry {
  done: boolean
  required: boolean
  decidedBy: string | null
  decidedAt: string | null
}

export interface PersonStages {
  staffNo: string
  name: string
  department: string
  status: string
  reason: string | null
  /** the 述职 record; the self-score is the 自评 rating, never part of it */
  self: StageEntry & { text: string | null; date: string | null; attachment: { fileName: string; size: number } | null }
  /** `ratings`: how many 互评 ratings (indicator × rater) the person has */
  peer: StageEntry & { ratings: number }
  leader: StageEntry & { comment: string | null; proposedGrade: string | null }
  committee: StageEntry
  /** the names of the required stages not yet done, in stage order */
  missing: string[]
}

export interface DepartmentProgress {
  department: string
  headcount: number
  /** per stage: how many of those required have it done, how many are required, who lacks it */
  stages: { stage: StageKey; name: string; done: number; required: number; missing: { staffNo: string; name: string }[] }[]
}

/** What stops the next step, grouped for the screen that fixes each: one department's people lacking one stage. */
export interface BlockedGroup {
  department: string
  stage: StageKey
  people: { staffNo: string; name: string }[]
}

export interface PeriodProgress {
  period: string
  status: string
  departments: DepartmentProgress[]
  /** what stops the next step, in words; empty when it is allowed */
  /** `reasons`: every reason in words; `groups`: the missing stages by department; `others`: the reasons that are not a missing stage */
  next: { to: string | null; allowed: boolean; reasons: string[]; groups: BlockedGroup[]; others: string[] }
}

export const stagePayloads = {
  self: z.object({
    stage: z.literal('self'),
    text: z.string().trim().min(1).max(20000),
    date: isoDate,
    /** a new attachment replaces the old; null removes it; left out keeps what is stored */
    attachment: z.object({ fileName: z.string().trim().min(1).max(200), dataBase64: z.string().max(MAX_STAGE_ATTACHMENT_BASE64_CHARS) }).nullable().optional(),
  }),
  peer: z.object({ stage: z.literal('peer') }),
  leader: z.object({
    stage: z.literal('leader'),
    comment: z.string().trim().max(5000).optional(),
    proposedGrade: z.enum([...quarterlyGrades, ...annualGrades]).optional(),
  }),
  committee: z.object({ stage: z.literal('committee') }),
}

export const stagesMethods = {
  /** one step along draft → open → review → approved → noticed → final, or every reason it cannot */
  'period-advance': method<Period>()(z.object({ id: periodRef }), { mutates: true, access: access.work, backupBefore: 'approval' }),
  'period-people': method<PeriodPersonRow[]>()(z.object({ id: periodRef }), { mutates: false, access: access.readScoped }),
  'period-person-update': method<PeriodPersonRow>()(
    z.object({ id: periodRef, staffNo, status: z.enum(participationStatuses), reason: z.string().trim().max(200).nullable().optional() }),
    { mutates: true, access: access.work },
  ),
  'stages-list': method<PersonStages[]>()(z.object({ period: periodRef, department: z.string().max(200).optional() }), { mutates: false, access: access.readScoped }),
  /** records one stage for one or many people; recording again overwrites (audited before/after) */
  'stages-record': method<PersonStages[]>()(
    z.object({
      period: periodRef,
      staffNos: z.array(staffNo).min(1).max(5000),
      payload: z.discriminatedUnion('stage', [stagePayloads.self, stagePayloads.peer, stagePayloads.leader, stagePayloads.committee]),
    }),
    { mutates: true, access: access.leaderStage },
  ),
  /** a person's 个人述职 attachment, as stored */
  'stages-attachment': method<ExportedFile>()(z.object({ period: periodRef, staffNo }), { mutates: false, access: access.readScoped }),
  'period-progress': method<PeriodProgress>()(z.object({ period: periodRef }), { mutates: false, access: access.readScoped }),
  'period-reminders-export': method<ExportedFile>()(z.object({ period: periodRef, department: z.string().max(200).optional() }), { mutates: false, access: access.readUnit }),
}
