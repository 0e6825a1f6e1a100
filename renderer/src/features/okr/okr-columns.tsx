import type { RefObject } from 'react'
import type { ColDef, ValueGetterParams } from 'ag-grid-community'
import type { KeyResultView, ObjectiveView } from '../../../../shared/contract'
import { elapsedShare } from '../../../../shared/domain/okr-progress'
import { t } from '../../../../shared/i18n'
import { exportText } from '../../components/grid-export'
import { TREE_COL_ID, TreeCell, type TreeRow } from '../../components/tree-grid'
import { treeText } from '../../../../shared/grid-export/snapshot'
import { CompletionBar } from './completion-bar'
import { LagBadge } from './lag-badge'
import { lagText, shownPercent } from './okr-format'
import type { OkrRow } from './okr-rows'

export interface OkrActions {
  editObjective(o: ObjectiveView): void
  addKeyResult(o: ObjectiveView): void
  removeObjective(o: ObjectiveView): void
  recordProgress(o: ObjectiveView, kr: KeyResultView): void
  editKeyResult(o: ObjectiveView, kr: KeyResultView): void
  removeKeyResult(o: ObjectiveView, kr: KeyResultView): void
}

/** Which of a row's buttons this account's role may use (the contract's okr-* methods): the others are not drawn. */
export interface OkrAllowed {
  saveObjective: boolean
  removeObjective: boolean
  saveKeyResult: boolean
  removeKeyResult: boolean
  recordProgress: boolean
}

type Row = TreeRow<OkrRow>
type Getter = ValueGetterParams<Row>

const rowOf = (p: { data?: Row }) => p.data?.data
const krOf = (p: { data?: Row }) => {
  const r = rowOf(p)
  return r?.kind === 'kr' ? r.kr : null
}
/** A column's value on either kind of row: a key result's own, or its objective's (`none` off the tree). */
const byKind =
  <T,>(kr: (k: KeyResultView) => T, objective: (o: ObjectiveView) => T, none: T) =>
  (p: { data?: Row }): T => {
    const r = rowOf(p)
    return r ? (r.kind === 'kr' ? kr(r.kr) : objective(r.objective)) : none
  }
const ownerText = (o: ObjectiveView) => (o.owner.kind === 'person' ? `${o.owner.staffNo} ${o.owner.name}` : o.owner.department)

/** An objective's warning: how many of its key results lag, or 正常. */
function objectiveLagText(o: ObjectiveView): string {
  if (o.keyResults.length === 0) return t('ui.okr.noKeyResults')
  if (o.lagging + o.serious === 0) return t('okr.lag.none')
  const parts = [
    ...(o.serious > 0 ? [t('ui.okr.lag.summarySerious', { n: o.serious })] : []),
    ...(o.lagging > 0 ? [t('ui.okr.lag.summaryLagging', { n: o.lagging })] : []),
  ]
  return parts.join(t('ui.okr.lag.summaryJoin'))
}

/** A number column of key results only: the value as stored, blank on objective rows. */
function krNumber(colId: string, header: string, pick: (k: KeyResultView) => number | null, blank = ''): ColDef<Row> {
  return {
    colId,
    headerName: header,
    width: 96,
    type: 'rightAligned',
    valueGetter: (p: Getter) => {
      const k = krOf(p)
      return k ? pick(k) : null
    },
    valueFormatter: (p) => (p.value === null || p.value === undefined ? (krOf(p) ? blank : '') : String(p.value)),
  }
}

/**
 * The 目标管理 grid: objectives with their key results indented under them (a tree in ordinary rows),
 * completion as a bar, the warning as a badge, and the actions of each row. Every shown column says
 * its words through a value or a formatter, so 导出表格 writes what is on screen.
 */
export function okrColumns(asOf: string, actions: RefObject<OkrActions>, allowed: OkrAllowed): ColDef<Row>[] {
  // how much of its window has passed as of the chosen date: a key result says so itself
  const elapsed = byKind<number | undefined>((k) => k.elapsed, (o) => elapsedShare({ start: o.startDate, due: o.dueDate }, asOf), undefined)
  const columns: ColDef<Row>[] = [
    {
      colId: TREE_COL_ID,
      headerName: t('ui.okr.col.title'),
      minWidth: 280,
      flex: 2,
      pinned: 'left',
      valueGetter: byKind((k) => k.title, (o) => o.title, ''),
      cellRenderer: TreeCell,
      // exported indented, as the tree draws it, so a printed list still shows which objective a key result serves
      context: exportText<Row>((title, row) => treeText(row?.depth ?? 0, String(title ?? ''))),
      // the title stays while the row's key results change; the grid would keep the old toggle without this
      equals: () => false,
      tooltipValueGetter: (p) => {
        const r = rowOf(p)
        return r?.kind === 'objective' ? r.objective.note : null
      },
    },
    {
      colId: 'progress',
      headerName: t('ui.okr.col.progress'),
      width: 190,
      valueGetter: byKind<number | null>((k) => k.completion, (o) => o.progress, null),
      valueFormatter: (p) => shownPercent((p.value as number | null | undefined) ?? null),
      cellRenderer: (p: { data?: Row; value: number | null }) => {
        const r = p.data?.data
        if (!r) return null
        return <CompletionBar value={p.value} elapsed={elapsed(p)} testId={`okr-bar-${p.data?.id}`} />
      },
    },
    {
      colId: 'lag',
      headerName: t('ui.okr.col.lag'),
      width: 200,
      valueGetter: byKind((k) => lagText(k.lag, k.gap), objectiveLagText, ''),
      cellRenderer: (p: { data?: Row; value: string }) => {
        const r = p.data?.data
        if (!r) return null
        const testId = `okr-lag-${p.data?.id}`
        if (r.kind === 'kr') return <LagBadge lag={r.kr.lag} gap={r.kr.gap} testId={testId} />
        const o = r.objective
        const cls = o.serious > 0 ? 'chip chip-bad' : o.lagging > 0 ? 'chip chip-warn' : o.keyResults.length > 0 ? 'chip chip-ok' : 'chip'
        return (
          <span className={cls} data-testid={testId} data-lagging={o.lagging} data-serious={o.serious}>
            {p.value}
          </span>
        )
      },
    },
    {
      colId: 'elapsed',
      headerName: t('ui.okr.col.elapsed'),
      width: 100,
      type: 'rightAligned',
      valueGetter: elapsed,
      valueFormatter: (p) => shownPercent((p.value as number | null | undefined) ?? null),
    },
    { colId: 'owner', headerName: t('ui.okr.col.owner'), width: 150, valueGetter: (p: Getter) => (rowOf(p) ? ownerText(rowOf(p)!.objective) : '') },
    {
      colId: 'due',
      headerName: t('ui.okr.col.due'),
      width: 116,
      valueGetter: byKind((k) => k.due, (o) => o.dueDate, ''),
    },
    krNumber('current', t('ui.okr.col.current'), (k) => k.current, t('ui.okr.notReported')),
    krNumber('target', t('ui.okr.col.target'), (k) => k.target),
    krNumber('baseline', t('ui.okr.col.baseline'), (k) => k.baseline),
    { colId: 'unit', headerName: t('ui.okr.col.unit'), width: 90, valueGetter: (p: Getter) => krOf(p)?.unit ?? '' },
    {
      colId: 'weight',
      headerName: t('ui.okr.col.weight'),
      width: 80,
      type: 'rightAligned',
      valueGetter: byKind<number | null>((k) => k.weight, (o) => o.weight, null),
    },
    {
      colId: 'start',
      headerName: t('ui.okr.col.start'),
      width: 116,
      valueGetter: byKind((k) => k.start, (o) => o.startDate, ''),
    },
    {
      colId: 'kind',
      headerName: t('ui.okr.col.kind'),
      width: 96,
      valueGetter: (p: Getter) => (rowOf(p)?.kind === 'kr' ? t('ui.okr.kind.keyResult') : t('ui.okr.kind.objective')),
    },
    { colId: 'lastReport', headerName: t('ui.okr.col.lastReport'), width: 116, valueGetter: (p: Getter) => krOf(p)?.lastReportedOn ?? '' },
  ]
  // a role that may change none of it gets no column of buttons
  if (!Object.values(allowed).some(Boolean)) return columns
  return [
    ...columns,
    {
      colId: 'actions',
      headerName: t('ui.okr.col.actions'),
      width: 250,
      pinned: 'right',
      cellRenderer: (p: { data?: Row }) => <RowActions row={p.data} actions={actions} allowed={allowed} />,
    },
  ]
}

function RowActions({ row, actions, allowed }: { row: Row | undefined; actions: RefObject<OkrActions>; allowed: OkrAllowed }) {
  if (!row) return null
  const r = row.data
  const button = (may: boolean, name: string, label: string, onClick: () => void, danger = false) =>
    may && (
      <button type="button" className={danger ? 'button button-small okr-remove' : 'button button-small'} data-testid={`okr-${name}-${row.id}`} onClick={onClick}>
        {label}
      </button>
    )
  if (r.kind === 'objective') {
    return (
      <span className="okr-actions">
        {button(allowed.saveKeyResult, 'add-kr', t('ui.okr.action.addKr'), () => actions.current.addKeyResult(r.objective))}
        {button(allowed.saveObjective, 'edit', t('ui.okr.action.edit'), () => actions.current.editObjective(r.objective))}
        {button(allowed.removeObjective, 'remove', t('ui.okr.action.remove'), () => actions.current.removeObjective(r.objective), true)}
      </span>
    )
  }
  return (
    <span className="okr-actions">
      {button(allowed.recordProgress, 'progress', t('ui.okr.action.progress'), () => actions.current.recordProgress(r.objective, r.kr))}
      {button(allowed.saveKeyResult, 'edit', t('ui.okr.action.edit'), () => actions.current.editKeyResult(r.objective, r.kr))}
      {button(allowed.removeKeyResult, 'remove', t('ui.okr.action.remove'), () => actions.current.removeKeyResult(r.objective, r.kr), true)}
    </span>
  )
}
