import { z } from 'zod'
import { method } from './define'
import { access } from './access'
import type { LagLevel } from '../domain/okr-progress'
import { t, type MessageKey } from '../i18n'

export type { LagLevel }

/** Whose objective it is: a person (by staff number) or a department (by its path). */
export type OkrOwner = { kind: 'person'; staffNo: string; name: string; department: string } | { kind: 'department'; department: string }

export interface KeyResultView {
  id: number
  objectiveId: number
  title: string
  /** 计量单位 */
  unit: string | null
  baseline: number
  target: number
  /** the value as of the list's date: the latest report on or before it; null when there is none yet */
  current: number | null
  /** the key result's own dates; null where it keeps the objective's */
  startDate: string | null
  dueDate: string | null
  /** the dates in force: its own, else the objective's */
  start: string
  due: string
  weight: number
  updatedBy: string
  updatedAt: string
  /** progress reports on record, and the date of the latest (whatever the list's date) */
  reports: number
  lastReportedOn: string | null
  /** as of the list's date, by the OKR rules (shared/domain/okr-progress.ts): fractions 0 … 1 */
  completion: number
  elapsed: number
  /** points behind the calendar (negative: ahead) */
  gap: number
  lag: LagLevel
}

export interface ObjectiveView {
  id: number
  title: string
  owner: OkrOwner
  startDate: string
  dueDate: string
  weight: number
  note: string | null
  createdBy: string
  createdAt: string
  updatedBy: string
  updatedAt: string
  /** weighted mean of its key results' completions; null without key results */
  progress: number | null
  keyResults: KeyResultView[]
  /** among all its key results (also those a lagging-only list leaves out): lagging but not seriously, and seriously */
  lagging: number
  serious: number
}

export interface OkrList {
  /** the date completion, elapsed share and lag were judged at */
  asOf: string
  objectives: ObjectiveView[]
}

export interface LaggingKeyResult {
  keyResultId: number
  objectiveId: number
  objective: string
  keyResult: string
  owner: OkrOwner
  unit: string | null
  current: number | null
  target: number
  due: string
  completion: number
  elapsed: number
  gap: number
  lag: Exclude<LagLevel, 'none'>
}

export interface OkrLagging {
  asOf: string
  objectives: number
  keyResults: number
  /** lagging but not seriously */
  lagging: number
  serious: number
  /** serious first, then by the widest gap */
  items: LaggingKeyResult[]
}

export interface KrProgressEntry {
  id: number
  keyResultId: number
  value: number
  recordedOn: string
  note: string | null
  recordedBy: string
  recordedAt: string
  /** the import that brought it in, if any */
  batchId: number | null
}

/** Messages are worded when the input is checked (not when this module loads), so they follow the session's language. */
const required = (field: MessageKey) => ({ error: () => t('okr.input.required', { field: t(field) }) })

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const isRealDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}
/** a date field worded when checked: `field` is the i18n key of the field's name */
const date = (field: MessageKey) =>
  z.string().superRefine((s, ctx) => {
    if (!ISO_DATE.test(s) || !isRealDate(s)) ctx.addIssue({ code: 'custom', message: t('okr.input.date', { field: t(field) }) })
  })
const text = (field: MessageKey, max: number) =>
  z
    .string(required(field))
    .trim()
    .superRefine((s, ctx) => {
      if (s === '') ctx.addIssue({ code: 'custom', message: t('okr.input.required', { field: t(field) }) })
      else if (s.length > max) ctx.addIssue({ code: 'custom', message: t('okr.input.tooLong', { field: t(field), max }) })
    })
const optionalText = (field: MessageKey, max: number) =>
  z
    .string()
    .trim()
    .superRefine((s, ctx) => {
      if (s.length > max) ctx.addIssue({ code: 'custom', message: t('okr.input.tooLong', { field: t(field), max }) })
    })
    .nullable()
    .optional()
const number = (field: MessageKey) =>
  z.number({ error: (issue) => t(issue.input === undefined ? 'okr.input.required' : 'okr.input.number', { field: t(field) }) })
const weight = (field: MessageKey) =>
  z
    .number({ error: () => t('okr.input.weight', { field: t(field) }) })
    .superRefine((w, ctx) => {
      if (!(w > 0) || w > 10000) ctx.addIssue({ code: 'custom', message: t('okr.input.weight', { field: t(field) }) })
    })
const id = z.number().int().positive()
const staffNo = z.string().trim().min(1).max(50)
const departmentRef = z.string().trim().min(1).max(500)
/** a removal says why, for the audit log; optional, since a typo'd entry needs no reason */
const removeReason = z.string().trim().max(1000).optional()

const objectiveInput = z
  .object({
    /** absent: a new objective */
    id: id.optional(),
    title: text('okr.field.objective', 200),
    /** the owner: a staff number, or a department's path (or its name, when only one has it) */
    ownerStaffNo: staffNo.optional(),
    ownerDepartment: departmentRef.optional(),
    startDate: date('okr.field.startDate'),
    dueDate: date('okr.field.dueDate'),
    weight: weight('okr.field.weight').default(1),
    note: optionalText('okr.field.note', 2000),
  })
  .superRefine((o, ctx) => {
    if ((o.ownerStaffNo === undefined) === (o.ownerDepartment === undefined)) ctx.addIssue({ code: 'custom', path: ['ownerStaffNo'], message: t('okr.input.owner') })
    if (o.dueDate < o.startDate) ctx.addIssue({ code: 'custom', path: ['dueDate'], message: t('okr.input.dueBeforeStart') })
  })

const keyResultInput = z
  .object({
    id: id.optional(),
    objectiveId: id,
    title: text('okr.field.keyResult', 200),
    unit: optionalText('okr.field.unit', 20),
    baseline: number('okr.field.baseline').default(0),
    target: number('okr.field.target'),
    /** null or absent: the objective's dates */
    startDate: date('okr.field.startDate').nullable().optional(),
    dueDate: date('okr.field.dueDate').nullable().optional(),
    weight: weight('okr.field.weight').default(1),
  })
  .superRefine((k, ctx) => {
    if (k.startDate && k.dueDate && k.dueDate < k.startDate) ctx.addIssue({ code: 'custom', path: ['dueDate'], message: t('okr.input.dueBeforeStart') })
  })

export const okrMethods = {
  /**
   * Objectives with their key results, completion, progress and lag judged as of `asOf` (today when
   * absent). Filters: an owner department (it, its sub-departments and their people), a person, a
   * year or a date window (objectives whose window meets it), and lagging only (objectives with a
   * lagging key result, showing just those key results).
   */
  'okr-list': method<OkrList>()(
    z.object({
      department: departmentRef.optional(),
      staffNo: staffNo.optional(),
      year: z.number().int().min(1949).max(2200).optional(),
      from: date('okr.field.from').optional(),
      to: date('okr.field.to').optional(),
      laggingOnly: z.boolean().optional(),
      asOf: date('okr.field.asOf').optional(),
    }),
    { mutates: false, access: access.readUnit },
  ),
  /** creates (no id) or updates an objective; audited with before and after */
  'okr-objective-save': method<ObjectiveView>()(objectiveInput, { mutates: true, access: access.work }),
  /** removes an objective with its key results and their progress reports, all of it kept in the audit log */
  'okr-objective-remove': method<ObjectiveView>()(z.object({ id, reason: removeReason }), { mutates: true, access: access.work }),
  /** creates (no id) or updates a key result; its current value changes only by okr-kr-progress */
  'okr-kr-save': method<KeyResultView>()(keyResultInput, { mutates: true, access: access.work }),
  'okr-kr-remove': method<KeyResultView>()(z.object({ id, reason: removeReason }), { mutates: true, access: access.work }),
  /** a new value of a key result as of a date (not after today), with a note; the latest by date becomes its current value */
  'okr-kr-progress': method<KeyResultView>()(
    z.object({ keyResultId: id, value: number('okr.field.current'), recordedOn: date('okr.field.recordedOn'), note: optionalText('okr.field.progressNote', 1000) }),
    { mutates: true, access: access.work },
  ),
  /** a key result's progress reports, latest first */
  'okr-kr-history': method<KrProgressEntry[]>()(z.object({ keyResultId: id }), { mutates: false, access: access.readUnit }),
  /** the dashboard's list: key results lagging as of `asOf` (today when absent), serious first */
  'okr-lagging': method<OkrLagging>()(z.object({ asOf: date('okr.field.asOf').optional(), limit: z.number().int().min(1).max(1000).optional() }), { mutates: false, access: access.readUnit }),
}
