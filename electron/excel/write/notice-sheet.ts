import type { Notice } from '../../../shared/contract/notice'
import type { AppealDeadlineSettings } from '../../../shared/domain/appeal-deadlines'
import { t } from '../../../shared/i18n'
import { createStreamingWorkbook } from './streaming-workbook'
import { writeTableSheet } from './table-sheet'
import { unitTitle } from './file-name'

export interface NoticeWorkbookSpec {
  notice: Notice
  deadlines: AppealDeadlineSettings
  /** how dates read on the posted notice (2025年4月3日) */
  formatDate: (iso: string) => string
  exportedAt: Date
  /** the unit posting the list, before the title */
  unitName: string
}

/** “2025年第一季度平时考核” already ends in 考核; “2025年度” does not, and the title reads 2025年度考核 */
export function noticeTitle(notice: Pick<Notice, 'periodName' | 'grades'>): string {
  const period = notice.periodName.endsWith('考核') ? notice.periodName : `${notice.periodName}${t('notice.sheet.assessment')}`
  return t('notice.sheet.title', { period, grades: notice.grades.join('、') })
}

/**
 * The 公示名单 as posted: title, the list (序号, 姓名, 部门, 等次), then the notice period in working
 * days and how to ask for a review or appeal, with the unit's deadlines. One A4 portrait page per
 * about forty names, the header repeated on each.
 */
export async function buildNoticeWorkbook(spec: NoticeWorkbookSpec): Promise<Buffer> {
  const { notice, deadlines } = spec
  const { workbook, finish } = createStreamingWorkbook({ created: spec.exportedAt })
  await writeTableSheet(workbook, {
    name: t('notice.sheet.name'),
    title: unitTitle(spec.unitName, noticeTitle(notice)),
    columns: [
      { header: t('notice.col.seq'), kind: 'integer', align: 'center', width: { min: 8 } },
      { header: t('notice.col.name'), kind: 'text', align: 'center', width: { min: 14 } },
      { header: t('notice.col.department'), kind: 'text', width: { min: 24 } },
      { header: t('notice.col.grade'), kind: 'text', align: 'center', width: { min: 10 } },
    ],
    rows: notice.people.map((p, i) => [i + 1, p.name, p.department, p.grade]),
    notes: [
      t('notice.sheet.count', { n: notice.people.length }),
      t('notice.sheet.dates', { start: spec.formatDate(notice.startDate), end: spec.formatDate(notice.endDate), days: notice.workingDays }),
      t('notice.sheet.appeal', {
        reviewFile: deadlines.reviewFileDays,
        reviewDecide: deadlines.reviewDecideDays,
        afterReview: deadlines.appealAfterReviewDays,
        direct: deadlines.appealDirectDays,
        appealDecide: deadlines.appealDecideDays,
      }),
    ],
  })
  return finish()
}
