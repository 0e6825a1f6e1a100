import { t } from '../../../shared/i18n'
import { createStreamingWorkbook } from './streaming-workbook'
import { writeTableSheet } from './table-sheet'
import { localDateTime } from './report-words'
import { unitTitle } from './file-name'

export interface ReminderRow {
  department: string
  staffNo: string
  name: string
  /** stage names, in stage order */
  missing: string[]
}

/** The A4 list a department head gets: who still lacks which stage. */
export async function buildReminderWorkbook(spec: { periodName: string; rows: ReminderRow[]; exportedAt: Date; unitName: string }): Promise<Buffer> {
  const { workbook, finish } = createStreamingWorkbook({ created: spec.exportedAt })
  await writeTableSheet(workbook, {
    name: t('stages.reminder.sheet'),
    title: unitTitle(spec.unitName, t('stages.reminder.title', { name: spec.periodName })),
    columns: [
      { header: t('stages.reminder.col.department'), kind: 'text' },
      { header: t('stages.reminder.col.staffNo'), kind: 'text' },
      { header: t('stages.reminder.col.name'), kind: 'text' },
      { header: t('stages.reminder.col.missing'), kind: 'text', wrap: true, width: { min: 16, max: 40 } },
    ],
    rows: spec.rows.map((r) => [r.department, r.staffNo, r.name, r.missing.join('、')]),
    freezeColumns: 3,
    notes: [t('stages.reminder.note', { people: spec.rows.length, at: localDateTime(spec.exportedAt) })],
  })
  return finish()
}
