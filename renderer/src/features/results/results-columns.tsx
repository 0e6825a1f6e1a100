import type { ColDef, ValueFormatterParams } from 'ag-grid-community'
import type { PeriodResults, ResultRow } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { domainWord } from '../../../../shared/i18n/domain-words'
import { fixed2 } from '../../lib/format'
import { exportText } from '../../components/grid-export'
import { flagBadgeWords, FlagBadges } from './flag-badges'
import { GradeChip } from './grade-chip'
import { shown } from './shown'

/** a column wide enough for a Latin word of the header or chip; a Chinese one keeps the narrow width */
const wordWidth = (word: string, least: number, perLetter = 8.6, padding = 18) => (/^[\x20-\x7e]+$/.test(word) ? Math.max(least, Math.round(word.length * perLetter + padding)) : least)
const score = (p: ValueFormatterParams<ResultRow>) => fixed2(p.value as number | null)
/** nulls (不定等次) after every number, whichever way the column is sorted */
const nullsLast = (a: number | null, b: number | null, _na: unknown, _nb: unknown, desc: boolean) => {
  if (a === null && b === null) return 0
  if (a === null) return desc ? -1 : 1
  if (b === null) return desc ? 1 : -1
  return a - b
}

const flagText = (r: ResultRow | undefined) => (r ? [...r.flags.map((f) => f.text), ...r.exempted].join(' ') : '')

/** 年度得分 · 年度考核 · 季度等次: what an annual result drew on (stored with it). */
function annualColumns(): ColDef<ResultRow>[] {
  return [
    {
      colId: 'annualScore',
      headerName: t('ui.res.col.annualScore'),
      valueGetter: (p) => p.data?.annual?.score ?? null,
      valueFormatter: (p) => shown(p.value as number | null),
      comparator: nullsLast,
      type: 'rightAligned',
      filter: 'agNumberColumnFilter',
      width: 100,
    },
    {
      colId: 'assessment',
      headerName: t('ui.res.col.assessment'),
      valueGetter: (p) => p.data?.annual?.assessment ?? null,
      valueFormatter: (p) => shown(p.value as number | null),
      comparator: nullsLast,
      type: 'rightAligned',
      filter: 'agNumberColumnFilter',
      width: 100,
    },
    {
      colId: 'quarters',
      headerName: t('ui.res.col.quarters'),
      // one grade per published quarter, in order; the tooltip names the quarters with their totals
      valueGetter: (p) => (p.data?.annual?.quarters ?? []).map((q) => q.grade).join('/'),
      tooltipValueGetter: (p) => (p.data?.annual?.quarters ?? []).map((q) => `${q.period} ${fixed2(q.total)} ${domainWord(q.grade)}`).join('\n') || null,
      width: 180,
    },
  ]
}

interface ColumnChoice extends Pick<PeriodResults, 'dimensions' | 'kind'> {
  anyOverride: boolean
  /** beside the explanation the grid is a narrow list (who, total, grade, flags): the panel has the rest */
  compact: boolean
}

export function resultColumns(results: ColumnChoice): ColDef<ResultRow>[] {
  const hide = results.compact
  return [
    { field: 'rank', headerName: t('ui.results.rank'), width: 66, minWidth: 60, type: 'rightAligned', sort: 'asc', comparator: nullsLast, filter: 'agNumberColumnFilter', pinned: 'left' },
    { field: 'staffNo', headerName: t('ui.person.staffNo'), width: 80, pinned: 'left' },
    { field: 'name', headerName: t('ui.person.name'), width: 84, pinned: 'left' },
    { field: 'department', headerName: t('ui.person.department'), width: 120, hide },
    {
      field: 'total',
      headerName: t('ui.results.total'),
      width: 84,
      type: 'rightAligned',
      valueFormatter: score,
      comparator: nullsLast,
      filter: 'agNumberColumnFilter',
      cellClass: 'cell-strong',
    },
    {
      field: 'grade',
      headerName: t('ui.results.grade'),
      // as wide as the longest chip of the language (Fairly good), never narrower than before
      width: wordWidth(domainWord('较好'), 84, 7.6, 16),
      cellRenderer: (p: { value: string }) => <GradeChip grade={p.value} />,
    },
    // shown only once a committee decided differently from the rules, beside the decided grade
    ...(results.anyOverride
      ? [
          {
            colId: 'proposed',
            headerName: t('ui.res.col.proposed'),
            width: 100,
            valueGetter: (p: { data?: ResultRow }) => (p.data && p.data.proposedGrade !== p.data.grade ? p.data.proposedGrade : ''),
            cellRenderer: (p: { value: string }) => <GradeChip grade={p.value} />,
          } satisfies ColDef<ResultRow>,
        ]
      : []),
    {
      colId: 'flags',
      headerName: t('ui.res.col.flags'),
      width: 130,
      sortable: false,
      valueGetter: (p) => flagText(p.data),
      cellRenderer: (p: { data?: ResultRow }) => (p.data ? <FlagBadges flags={p.data.flags} exempted={p.data.exempted} /> : null),
      getQuickFilterText: (p) => flagText(p.data),
      // the value is the flags' long texts (searched and filtered); the sheet gets the badges' words
      context: exportText<ResultRow>((_, r) => (r ? flagBadgeWords(r.flags, r.exempted) : null)),
    },
    ...(results.kind === 'annual' ? annualColumns().map((c) => ({ ...c, hide })) : []),
    ...results.dimensions.map(
      (d): ColDef<ResultRow> => ({
        colId: `dim-${d.code}`,
        headerName: domainWord(d.name),
        headerTooltip: d.code,
        valueGetter: (p) => p.data?.dimensions[d.code] ?? null,
        valueFormatter: score,
        comparator: nullsLast,
        type: 'rightAligned',
        filter: 'agNumberColumnFilter',
        // five dimensions beside the key columns fit 1366 px only this narrow; an English word
        // (Performance) needs its length, or the header breaks inside the word
        width: wordWidth(domainWord(d.name), 64),
        minWidth: 56,
        hide,
      }),
    ),
    {
      field: 'notes',
      headerName: t('ui.results.notes'),
      flex: 1,
      minWidth: 160,
      hide,
      valueFormatter: (p) => (Array.isArray(p.value) ? (p.value as string[]).join(t('ui.noteSeparator')) : ''),
      tooltipValueGetter: (p) => (Array.isArray(p.value) ? (p.value as string[]).join('\n') : null),
      filterValueGetter: (p) => p.data?.notes.join(' ') ?? '',
      getQuickFilterText: (p) => p.data?.notes.join(' ') ?? '',
    },
  ]
}
