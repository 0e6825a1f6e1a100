import { useMemo, useRef, useState } from 'react'
import type { AgGridReact } from 'ag-grid-react'
import type { ColDef, ICellRendererParams } from 'ag-grid-community'
import { stageKeys, type BlockedGroup, type Period, type PersonStages, type StageKey } from '../../../../shared/contract'
import { recordableStages } from '../../../../shared/domain/stage-recorders'
import { t } from '../../../../shared/i18n'
import { ConfirmDialog } from '../../components/confirm-dialog'
import { DataGrid } from '../../components/data-grid'
import { exportText } from '../../components/grid-export'
import { Field } from '../../components/field'
import { Select } from '../../components/inputs'
import { useNotify } from '../../components/notify'
import { LoadError } from '../../components/page'
import { downloadFile } from '../../lib/files'
import { useCallRole, useMayCall } from '../../lib/route-access'
import { rpc } from '../../lib/rpc'
import { useRpcQuery } from '../../lib/use-rpc'
import { AdvanceDialog } from '../period/advance-dialog'
import { ProgressBoard } from './progress-board'
import { LeaderDialog, SelfReportDialog } from './stage-dialogs'
import { stageName } from './stage-chips'
import { DepartmentSelect } from '../../components/department-select'
import { useSubmit } from '../../lib/use-submit'
import { advanceWhy, stageActionWhy } from './action-why'
import './stages.css'

/** The filters the tab opens with, when 推进's blocked list sends the clerk here. */
export interface StagesFilter {
  department: string
  missing: StageKey
}

type Payload = Parameters<typeof rpc<'stages-record'>>[1]['payload']

/** A stage cell's state and its short detail (the self score, the peer ratings, the proposed grade). */
function stageShown(row: PersonStages | undefined, stage: StageKey): { state: 'na' | 'done' | 'missing'; detail: string } | null {
  const s = row?.[stage]
  if (!row || !s) return null
  const state = !s.required ? 'na' : s.done ? 'done' : 'missing'
  let detail = ''
  // the 述职's date and whether a file is attached; never a score (the self-score is the 自评 rating)
  if (s.done && stage === 'self') detail = [row.self.date, row.self.attachment ? t('ui.stages.attachmentShort') : ''].filter(Boolean).join(' ')
  if (stage === 'peer' && row.peer.ratings > 0) detail = t('ui.stages.peerRatings', { n: row.peer.ratings })
  if (s.done && stage === 'leader' && row.leader.proposedGrade) detail = row.leader.proposedGrade
  return { state, detail }
}

function StageCell(p: ICellRendererParams<PersonStages> & { stage: StageKey }) {
  const s = p.data?.[p.stage]
  const shown = stageShown(p.data, p.stage)
  if (!s || !shown) return null
  const { state, detail } = shown
  return (
    <span className={`stage-cell stage-${state}`} data-state={state} title={s.done && s.decidedAt ? t('ui.stage.doneBy', { by: s.decidedBy ?? '—', at: s.decidedAt.slice(0, 16).replace('T', ' ') }) : undefined}>
      <span className="stage-mark">{t(`ui.stage.state.${state}`)}</span>
      {detail && <span className="muted small">{detail}</span>}
    </span>
  )
}

/** the cell's words as drawn: the state, then the detail */
function stageWords(row: PersonStages | undefined, stage: StageKey): string | null {
  const shown = stageShown(row, stage)
  return shown ? [t(`ui.stage.state.${shown.state}`), shown.detail].filter(Boolean).join(' ') : null
}

function stageColumns(): ColDef<PersonStages>[] {
  return [
    // the four stages come right after the person, so 领导核验 and 党委审定 stay in view at 1366 px
    { field: 'staffNo', headerName: t('ui.person.staffNo'), width: 104, pinned: 'left', sort: 'asc' },
    { field: 'name', headerName: t('ui.person.name'), width: 84, pinned: 'left' },
    ...stageKeys.map(
      (k): ColDef<PersonStages> => ({
        colId: k,
        headerName: stageName(k),
        headerTooltip: k === 'peer' ? t('ui.stages.peerFromData') : undefined,
        width: k === 'self' ? 150 : k === 'leader' ? 120 : k === 'peer' ? 104 : 112,
        sortable: false,
        filter: false,
        cellRenderer: StageCell,
        cellRendererParams: { stage: k },
        context: exportText<PersonStages>((_, row) => stageWords(row, k)),
      }),
    ),
    { colId: 'missing', headerName: t('ui.stages.missing'), flex: 1, minWidth: 140, valueGetter: (p) => (p.data?.missing.length ? p.data.missing.join(t('ui.progress.missingSeparator')) : t('ui.stages.none')) },
    { field: 'department', headerName: t('ui.person.department'), width: 130 },
    { field: 'status', headerName: t('ui.people.status'), width: 96 },
  ]
}

const rowSelection = { mode: 'multiRow', checkboxes: true, headerCheckbox: true, enableClickSelection: true } as const
const selectionColumn = { pinned: 'left', width: 44, minWidth: 44, maxWidth: 44 } as const

/** 环节进度: the four stages per person (filter by department and by a missing stage), recorded for the chosen people; the board per department. */
export function StagesTab({ period, onAdvanced, filter }: { period: Period; onAdvanced(): void; filter?: StagesFilter }) {
  const notify = useNotify()
  const list = useRpcQuery('stages-list', { period: period.id })
  const progress = useRpcQuery('period-progress', { period: period.id })
  const grid = useRef<AgGridReact<PersonStages>>(null)
  const [department, setDepartment] = useState(filter?.department ?? '')
  const [missing, setMissing] = useState<'' | StageKey | 'complete'>(filter?.missing ?? '')
  const [selected, setSelected] = useState<PersonStages[]>([])
  const [dialog, setDialog] = useState<null | 'self' | 'leader' | 'peer' | 'committee' | 'advance'>(null)
  const working = useSubmit(notify.error)
  const columns = useMemo(() => stageColumns(), [])
  const all = list.data ?? []
  const departments = useMemo(() => [...new Set(all.map((p) => p.department))].sort((a, b) => a.localeCompare(b, 'zh-CN')), [all])
  const rows = useMemo(
    () =>
      all.filter((p) => {
        if (department && p.department !== department) return false
        if (missing === 'complete') return p.missing.length === 0
        if (missing) return p[missing].required && !p[missing].done
        return true
      }),
    [all, department, missing],
  )
  // the stages this account's role records (a 部门领导: 领导核验 only), as the handler decides it
  const recordable = recordableStages(useCallRole('stages-record'))
  const mayAdvance = useMayCall('period-advance')
  const mayRemind = useMayCall('period-reminders-export')
  const advanceShown = mayAdvance && period.status !== 'final'

  // the selection stays after a batch: the grid keeps the rows by 工号, onRowDataUpdated reads them back
  const reload = () => {
    list.reload()
    progress.reload()
  }
  const record = (payload: Payload, chosen: PersonStages[]) =>
    working.submit(async () => {
      // a stage not required of someone (e.g. 个人述职 of a 不定等次 person) is skipped, not refused
      const people = chosen.filter((p) => p[payload.stage].required)
      const skipped = chosen.length - people.length
      if (people.length === 0) return notify.error(new Error(t('ui.stages.noneRequired', { stage: stageName(payload.stage) })))
      await rpc('stages-record', { period: period.id, staffNos: people.map((p) => p.staffNo), payload })
      notify.success(t('ui.stages.recorded', { stage: stageName(payload.stage), n: people.length }) + (skipped ? t('ui.stages.skipped', { n: skipped }) : ''))
      setDialog(null)
      reload()
    })
  const downloadAttachment = (p: PersonStages) =>
    working.submit(async () => {
      downloadFile(await rpc('stages-attachment', { period: period.id, staffNo: p.staffNo }))
    })
  const exportReminders = (dept?: string) =>
    working.submit(async () => {
      downloadFile(await rpc('period-reminders-export', { period: period.id, department: dept || department || undefined }))
    })
  const n = selected.length
  const status = progress.data?.status ?? period.status
  const whyOff = (kind: StageKey) => stageActionWhy(kind, status, n, progress.data)
  const actionButton = (kind: StageKey) => (
    <button key={kind} type="button" className="button" data-testid={`stage-action-${kind}`} title={whyOff(kind) ?? undefined} disabled={whyOff(kind) !== null || working.busy} onClick={() => setDialog(kind)}>
      {t(`ui.stages.action.${kind}`)}
    </button>
  )
  // one line under the buttons: why the ones that are off are off (nobody chosen, 党委审定 waiting)
  const offReasons = [...new Set(recordable.map(whyOff).filter((w): w is string => w !== null))]
  const advanceBlocked = advanceWhy(progress.data)
  const fix = (g: BlockedGroup) => {
    setDialog(null)
    if (g.stage === 'peer') return void (window.location.hash = '#/ratings')
    setDepartment(g.department)
    setMissing(g.stage)
  }

  return (
    <div className="stages-layout">
      <div className="main-panel">
        {list.error && <LoadError error={list.error} onRetry={list.reload} />}
        <div className="filter-bar">
          <DepartmentSelect testId="stages-department" value={department} departments={departments} allLabel={t('ui.stages.allDepartments')} onChange={setDepartment} />
          <Field label={t('ui.stages.filterMissing')} inline>
            <Select
              testId="stages-missing"
              value={missing}
              options={[...stageKeys.map((k) => ({ value: k, label: t('ui.stages.filterLacks', { stage: stageName(k) }) })), { value: 'complete' as const, label: t('ui.stages.filterComplete') }]}
              empty={t('ui.stages.filterAll')}
              onChange={setMissing}
            />
          </Field>
        </div>
        {/* a role that records no stage and advances nothing only reads: no selection, no bar of buttons */}
        {(recordable.length > 0 || advanceShown) && (
          <div className="filter-bar">
            {recordable.length > 0 && (
              <span className="muted" data-testid="stages-selected" data-count={n} data-busy={String(working.busy || list.loading || progress.loading)}>
                {t('ui.stages.selected', { n })}
              </span>
            )}
            {recordable.map(actionButton)}
            <span className="grow" />
            {advanceShown && (
              <button type="button" className="button button-primary" data-testid="stages-advance" title={advanceBlocked ?? undefined} disabled={working.busy || advanceBlocked !== null || !progress.data} onClick={() => setDialog('advance')}>
                {t('ui.advance.button')}
              </button>
            )}
          </div>
        )}
        {(offReasons.length > 0 || (advanceShown && advanceBlocked)) && (
          <div className="stages-why small">
            {offReasons.length > 0 && (
              <span className="muted" data-testid="stages-action-why">
                {offReasons.join(' ')}
              </span>
            )}
            <span className="grow" />
            {advanceShown && advanceBlocked && (
              <span className="stages-advance-why" data-testid="stages-advance-why">
                {advanceBlocked}
                <button type="button" className="button button-small" data-testid="stages-advance-reasons" onClick={() => setDialog('advance')}>
                  {t('ui.advance.cannotShow')}
                </button>
              </span>
            )}
          </div>
        )}
        <DataGrid<PersonStages>
          testId="stages-grid"
          exportTitle={t('gridExport.title.progress', { period: period.name })}
          gridRef={grid}
          rowData={rows}
          columnDefs={columns}
          getRowId={(p) => p.data.staffNo}
          rowSelection={recordable.length > 0 ? rowSelection : undefined}
          selectionColumnDef={recordable.length > 0 ? selectionColumn : undefined}
          onSelectionChanged={(e) => setSelected(e.api.getSelectedRows())}
          onRowDataUpdated={(e) => setSelected(e.api.getSelectedRows())}
          loading={list.loading && !list.data}
        />
      </div>
      {progress.error && <LoadError error={progress.error} onRetry={progress.reload} />}
      {progress.data && <ProgressBoard progress={progress.data} exporting={working.busy} onExport={mayRemind ? (d) => void exportReminders(d) : null} />}
      {dialog === 'self' && n > 0 && (
        <SelfReportDialog people={selected} busy={working.busy} onClose={() => setDialog(null)} onDownload={(p) => void downloadAttachment(p)} onSave={(report) => void record({ stage: 'self', ...report }, selected)} />
      )}
      {dialog === 'leader' && (
        <LeaderDialog
          period={period}
          people={selected}
          busy={working.busy}
          onClose={() => setDialog(null)}
          onSave={(comment, grade) => void record({ stage: 'leader', comment: comment || undefined, proposedGrade: (grade || undefined) as never }, selected)}
        />
      )}
      {(dialog === 'peer' || dialog === 'committee') && (
        <ConfirmDialog
          title={t(`ui.stages.confirmTitle.${dialog}`, { n })}
          testId={`stage-${dialog}-dialog`}
          confirmLabel={t(`ui.stages.action.${dialog}`)}
          onConfirm={() => void record({ stage: dialog }, selected)}
          onCancel={() => setDialog(null)}
        >
          <p data-user-text>{t(dialog === 'peer' ? 'ui.stages.peerManualBody' : 'ui.stages.confirmBody.committee', { names: selected.slice(0, 10).map((p) => p.name).join('、'), n })}</p>
        </ConfirmDialog>
      )}
      {dialog === 'advance' && (
        <AdvanceDialog
          period={{ ...period, status: (progress.data?.status as Period['status']) ?? period.status }}
          onClose={() => setDialog(null)}
          onFix={fix}
          onDone={(p) => {
            setDialog(null)
            notify.success(t('ui.advance.done', { id: p.id, status: t(`ui.periodStatus.${p.status}`) }))
            onAdvanced()
          }}
        />
      )}
    </div>
  )
}
