import type { HandlerMap } from '../context'
import type { BlockedGroup, DepartmentProgress } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { missingStages, requiredStages, stageKeys, type BlockReason } from '../../../shared/domain/period-lifecycle'
import { buildReminderWorkbook } from '../../excel/write/reminder-list'
import { checkNextTransition, reasonText } from '../period/lifecycle'
import { findPeriodRow, loadStagedPeople, stageName, type StagedPerson } from './stage-queries'
import { exportFileName } from '../../excel/write/file-name'
import { loadUnitName } from '../report/report-queries'
import { callerReach, isWholeUnit, wholeUnit } from '../scope/department-reach'

/** The progress board: per department, per stage, how many are done and who is missing. */
export function departmentProgress(people: readonly StagedPerson[]): DepartmentProgress[] {
  const byDept = new Map<string, StagedPerson[]>()
  for (const p of people) {
    if (p.status === '不参加') continue
    const list = byDept.get(p.department) ?? []
    list.push(p)
    byDept.set(p.department, list)
  }
  return [...byDept].map(([department, list]) => ({
    department,
    headcount: list.length,
    stages: stageKeys.map((stage) => {
      const required = list.filter((p) => requiredStages(p).includes(stage))
      const missing = required.filter((p) => !p.done.includes(stage))
      return {
        stage,
        name: stageName(stage),
        done: required.length - missing.length,
        required: required.length,
        missing: missing.map((p) => ({ staffNo: p.staffNo, name: p.name })),
      }
    }),
  }))
}

/**
 * What stops the next step, as an account limited to some departments may read it: whether the
 * period may move on is the unit's, but a missing stage names only the account's own people, and
 * says only that others elsewhere lack it too.
 */
export function reasonsWithin(reasons: readonly BlockReason[], reached: ReadonlySet<string> | null): string[] {
  return reasons.flatMap((r) => {
    if (reached === null || r.kind !== 'stageMissing') return [reasonText(r)]
    const own = r.people.filter((p) => reached.has(p.staffNo))
    return [
      ...(own.length > 0 ? [reasonText({ ...r, people: own })] : []),
      ...(own.length < r.people.length ? [t('stages.reason.stageMissingElsewhere', { stage: stageName(r.stage) })] : []),
    ]
  })
}

/** The people a stage blocks the next step for, one group per department and stage, within what the account reaches. */
export function blockedGroups(reasons: readonly BlockReason[], reached: ReadonlySet<string> | null): BlockedGroup[] {
  const groups = new Map<string, BlockedGroup>()
  for (const r of reasons) {
    if (r.kind !== 'stageMissing') continue
    for (const p of r.people) {
      if (reached !== null && !reached.has(p.staffNo)) continue
      const key = `${p.department}\u0000${r.stage}`
      const g = groups.get(key) ?? { department: p.department, stage: r.stage, people: [] }
      g.people.push({ staffNo: p.staffNo, name: p.name })
      groups.set(key, g)
    }
  }
  // by department in roster order (the people come sorted so), then by stage
  const order = new Map<string, number>()
  for (const r of reasons) if (r.kind === 'stageMissing') for (const p of r.people) if (!order.has(p.department)) order.set(p.department, order.size)
  return [...groups.values()].sort((a, b) => (order.get(a.department) ?? 0) - (order.get(b.department) ?? 0) || stageKeys.indexOf(a.stage) - stageKeys.indexOf(b.stage))
}

export const progressHandlers: HandlerMap<'period-progress' | 'period-reminders-export'> = {
  async 'period-progress'(input, ctx) {
    const period = await findPeriodRow(ctx.db, input.period)
    const reach = await callerReach(ctx)
    const people = await loadStagedPeople(ctx.db, period.id, reach)
    const check = await checkNextTransition(ctx.db, period.id)
    const reached = isWholeUnit(reach) ? null : new Set(people.map((p) => p.staffNo))
    return {
      period: period.id,
      status: period.status,
      departments: departmentProgress(people),
      next: { to: check.to, allowed: check.allowed, reasons: reasonsWithin(check.reasons, reached), groups: blockedGroups(check.reasons, reached), others: check.reasons.filter((r) => r.kind !== 'stageMissing').map(reasonText) },
    }
  },

  async 'period-reminders-export'(input, ctx) {
    const period = await findPeriodRow(ctx.db, input.period)
    const people = await loadStagedPeople(ctx.db, period.id, wholeUnit, input.department)
    const rows = people
      .filter((p) => p.status !== '不参加')
      .map((p) => ({ department: p.department, staffNo: p.staffNo, name: p.name, missing: missingStages(p).map(stageName) }))
      .filter((r) => r.missing.length > 0)
    const unitName = await loadUnitName(ctx.db)
    const bytes = await buildReminderWorkbook({ periodName: period.name, rows, exportedAt: new Date(), unitName })
    const content = input.department ? t('exportName.remindersOf', { department: input.department }) : t('exportName.reminders')
    return { fileName: exportFileName({ unit: unitName, period, content }), dataBase64: bytes.toString('base64') }
  },
}
