import type { ColDef } from 'ag-grid-community'
import type { Person } from '../../../../shared/contract'
import { t, type MessageKey } from '../../../../shared/i18n'
import { sensitiveColumn } from '../../components/grid-export'

const statusTone: Record<string, string> = { 参加: 'ok', 不定等次: 'warn', 不参加: 'plain' }

const statusKeys: Record<string, MessageKey> = { 参加: 'ui.rosterStatus.taking', 不定等次: 'ui.rosterStatus.ungraded', 不参加: 'ui.rosterStatus.notTaking' }
const statusWords = (status: string) => (statusKeys[status] ? t(statusKeys[status]) : status)

/** Optional columns nobody filled in are left out, so the ones that matter fit on screen. */
const optional: (keyof Person)[] = ['positionClass', 'rankTitle', 'gender', 'birth', 'idNumber', 'phone', 'political', 'statusReason']

export function rosterColumns(people: readonly Person[]): ColDef<Person>[] {
  const empty = new Set(optional.filter((k) => people.length > 0 && people.every((p) => p[k] === null || p[k] === '')))
  return allColumns().filter((c) => !(c.field && empty.has(c.field)))
}

function allColumns(): ColDef<Person>[] {
  return [
    // widths that hold the English headers too (Staff no., Position class, Leadership, Assessment status)
    { field: 'staffNo', headerName: t('ui.person.staffNo'), width: 100, pinned: 'left', sort: 'asc' },
    { field: 'name', headerName: t('ui.person.name'), width: 100, pinned: 'left', tooltipField: 'name' },
    { field: 'department', headerName: t('ui.person.department'), flex: 1, minWidth: 120 },
    { field: 'positionClass', headerName: t('ui.person.positionClass'), width: 112 },
    { field: 'rankTitle', headerName: t('ui.person.rankTitle'), width: 112 },
    {
      colId: 'isLeader',
      headerName: t('ui.person.isLeader'),
      width: 116,
      // text, not the boolean checkbox the grid would infer
      cellDataType: 'text',
      valueGetter: (p) => (p.data?.isLeader ? t('ui.yes') : t('ui.no')),
      getQuickFilterText: (p) => (p.data?.isLeader ? t('ui.person.isLeader') : ''),
    },
    { field: 'gender', headerName: t('ui.person.gender'), width: 80 },
    // 出生年月, 身份证号, 联系电话 as roster-list answered them: masked unless the role sees them (the grid never masks);
    // the two new ones are headed by the roster's own column names
    { field: 'birth', headerName: t('ui.person.birth'), width: 110, cellDataType: 'text', context: sensitiveColumn },
    { field: 'idNumber', headerName: t('import.field.roster.idNumber'), width: 190, cellDataType: 'text', context: sensitiveColumn },
    { field: 'phone', headerName: t('import.field.roster.phone'), width: 140, cellDataType: 'text', context: sensitiveColumn },
    { field: 'political', headerName: t('ui.person.political'), width: 120 },
    {
      field: 'status',
      headerName: t('ui.person.status'),
      width: 130,
      // the stored status is the roster's Chinese word; the chip and the export show it in the screen's language
      valueFormatter: (p) => statusWords(p.value as string),
      cellRenderer: (p: { value: string }) => <span className={`chip chip-${statusTone[p.value] ?? 'plain'}`}>{statusWords(p.value)}</span>,
    },
    { field: 'statusReason', headerName: t('ui.person.statusReason'), flex: 1, minWidth: 120 },
  ]
}
