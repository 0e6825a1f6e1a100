import { t } from '../../../shared/i18n'
import type { NoticePerson } from '../../../shared/contract/notice'
import type { TableSheet } from './table-sheet'

/**
 * 公示名单 of the period and annual reports: 序号, 部门, 姓名, the score, 等次; under it the report's
 * own lines, then the count and how to object. (The notice posted on its own is notice-sheet.ts:
 * other columns, in the order a notice board reads.)
 */
export function noticeListSheet(spec: {
  title: string
  scoreHeader: string
  people: readonly Pick<NoticePerson, 'department' | 'name' | 'total' | 'grade'>[]
  notes?: string[]
}): TableSheet {
  return {
    name: t('report.sheet.notice'),
    title: spec.title,
    columns: [
      { header: t('report.col.seq'), kind: 'integer', align: 'center' },
      { header: t('report.col.department'), kind: 'text', width: { min: 16 } },
      { header: t('report.col.name'), kind: 'text', align: 'center', width: { min: 12 } },
      { header: spec.scoreHeader, kind: 'score', width: { min: 10 } },
      { header: t('report.col.grade'), kind: 'text', align: 'center', width: { min: 10 } },
    ],
    rows: spec.people.map((p, i) => [i + 1, p.department, p.name, p.total, p.grade]),
    notes: [...(spec.notes ?? []), t('report.notice.count', { n: spec.people.length }), t('report.notice.objection')],
  }
}
