import type { HandlerMap } from '../context'
import type { DepartmentProgress } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { missingStages, requiredStages, stageKeys } from '../../../shared/domain/period-lifecycle'
import { buildReminderWorkbook } from '../../excel/write/reminder-list'
import { checkNextTransition, reasonText } from '../period/lifecycle'
import { findPeriodRow, loadStagedPeople, stageName, type StagedPerson } from './stage-queries'
import { fileSafe } from '../../excel/write/file-name'

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

export const progressHandlers: HandlerMap<'period-progress' | 'period-reminders-export'> = {
  async 'period-progress'(input, ctx) {
    const period = await findPeriodRow(ctx.db, input.period)
    const people = await loadStagedPeople(ctx.db, period.id)
    const check = await checkNextTransition(ctx.db, period.id)
    return {
      period: period.id,
      status: period.status,
      departments: departmentProgress(people),
      next: { to: check.to, allowed: check.allowed, reasons: check.reasons.map(reasonText) },
    }
  },

  async 'period-reminders-export'(input, ctx) {
    const period = await findPeriodRow(ctx.db, input.period)
    const people = await loadStagedPeople(ctx.db, period.id, input.department)
    const rows = people
      .filter((p) => p.status !== '不参加')
      .map((p) => ({ department: p.department, staffNo: p.staffNo, name: p.name, missing: missingStages(p).map(stageName) }))
      .filter((r) => r.missing.length > 0)
    const bytes = await buildReminderWorkbook({ periodName: period.name, rows, exportedAt: new Date() })
    const label = input.department ? `${period.id}-${input.department}` : period.id
    return { fileName: t('stages.reminder.fileName', { period: fileSafe(label) }), dataBase64: bytes.toString('base64') }
  },
}
