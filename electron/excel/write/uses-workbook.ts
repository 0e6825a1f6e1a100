import type { ResultUses, UseList } from '../../../shared/contract/uses'
import { isMessageKey, t } from '../../../shared/i18n'
import { createStreamingWorkbook } from './streaming-workbook'
import { writeTableSheet, type CellInput, type TableSheet } from './table-sheet'
import { sheetName } from './sheet-name'
import { localDateTime } from './report-words'
import { unitTitle } from './file-name'

export interface PeriodRef {
  id: string
  name: string
  status: string
}

const periodText = (p: PeriodRef) => {
  const key = `period.status.${p.status}`
  return t('uses.notes.period', { id: p.id, name: p.name, status: isMessageKey(key) ? t(key) : p.status })
}

export interface UsesWorkbookInput {
  uses: ResultUses
  annualPeriod: PeriodRef | null
  quarterPeriods: PeriodRef[]
  generatedAt: Date
  unitName: string
  /** 上级单位, '' when not set */
  unitParent: string
}


// minimum widths (in Excel units) adding up past a portrait page, so every list prints landscape:
// the basis and the measure are sentences
const listColumns = (): TableSheet['columns'] => [
  { header: t('uses.col.index'), kind: 'integer', align: 'center', width: { min: 6 } },
  { header: t('uses.col.name'), kind: 'text', width: { min: 10 } },
  { header: t('uses.col.department'), kind: 'text', width: { min: 14, max: 24 } },
  { header: t('uses.col.basis'), kind: 'text', wrap: true, width: { min: 40, max: 56 } },
  { header: t('uses.col.action'), kind: 'text', wrap: true, width: { min: 24, max: 32 } },
  { header: t('uses.col.status'), kind: 'text', align: 'center', width: { min: 8 } },
  { header: t('uses.col.note'), kind: 'text', wrap: true, width: { min: 16, max: 30 } },
]

function listSheet(unitName: string, year: number, list: UseList): TableSheet {
  return {
    name: sheetName(list.title, new Set()),
    title: unitTitle(unitName, t('uses.title.list', { year, list: list.title })),
    columns: listColumns(),
    rows: list.items.map((item, i): CellInput[] => [i + 1, item.name, item.department, item.basis, item.action, t(`uses.status.${item.status}`), item.note]),
    freezeColumns: 2,
  }
}

function notesSheet(input: UsesWorkbookInput, lists: UseList[]): TableSheet {
  const { year } = input.uses
  const counts = lists.map((l) => t('uses.notes.listCount', { list: l.title, count: l.items.length })).join('\n')
  const quarters = input.quarterPeriods.map(periodText).join('\n')
  return {
    name: t('uses.sheet.notes'),
    title: unitTitle(input.unitName, t('uses.title.notes', { year })),
    columns: [
      { header: t('uses.col.item'), kind: 'text', width: { min: 16 } },
      { header: t('uses.col.value'), kind: 'text', wrap: true, width: { min: 82, max: 90 } },
    ],
    rows: [
      [t('exportName.notes.unit'), input.unitName],
      ...(input.unitParent ? [[t('exportName.notes.parent'), input.unitParent]] : []),
      [t('uses.notes.year'), String(year)],
      [t('uses.notes.annualPeriod'), input.annualPeriod ? periodText(input.annualPeriod) : t('uses.notes.noAnnualPeriod')],
      [t('uses.notes.quarterPeriods'), quarters || t('uses.notes.none')],
      [t('uses.notes.history'), t('uses.notes.historyValue')],
      [t('uses.notes.penalties'), t('uses.notes.penaltiesValue', { year })],
      [t('uses.notes.lists'), counts || t('uses.notes.empty')],
      [t('uses.notes.generatedAt'), localDateTime(input.generatedAt)],
    ],
  }
}

/**
 * 结果运用清单: a 说明 sheet (the year, the periods the grades came from, when it was made), then one
 * A4 landscape sheet per list that has anyone on it, with the status of each measure.
 */
export async function buildUsesWorkbook(input: UsesWorkbookInput): Promise<Buffer> {
  const lists = input.uses.lists.filter((l) => l.items.length > 0)
  const { workbook, finish } = createStreamingWorkbook({ created: input.generatedAt })
  await writeTableSheet(workbook, notesSheet(input, lists))
  for (const list of lists) await writeTableSheet(workbook, listSheet(input.unitName, input.uses.year, list))
  return finish()
}
