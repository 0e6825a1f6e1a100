import { useMemo, useRef, useState } from 'react'
import type { AgGridReact } from 'ag-grid-react'
import type { ColDef } from 'ag-grid-community'
import { commitMethod, type KeyResultView, type ObjectiveView } from '../../../../shared/contract'
import { okrOf } from '../../../../shared/domain/settings'
import { t } from '../../../../shared/i18n'
import { DepartmentSelect } from '../../components/department-select'
import { DataGrid, defaultColDef, emptyOverlay } from '../../components/data-grid'
import { ImportButton } from '../../components/import-button'
import { Field } from '../../components/field'
import { Checkbox, DateInput, SearchInput } from '../../components/inputs'
import { useNotify } from '../../components/notify'
import { LoadError, Page } from '../../components/page'
import { TemplateButton } from '../../components/template-button'
import { useTreeExpansion, type TreeRow } from '../../components/tree-grid'
import { useMayCall } from '../../lib/route-access'
import { useRpcQuery } from '../../lib/use-rpc'
import { isoToday } from '../notice/dates'
import { KeyResultDialog } from './key-result-dialog'
import { ObjectiveDialog } from './objective-dialog'
import { okrColumns, type OkrActions, type OkrAllowed } from './okr-columns'
import { shownValue } from './okr-format'
import { OkrImportDialog } from './okr-import'
import { matchesSearch, okrTreeRows, shownCounts, type OkrRow } from './okr-rows'
import { ProgressDialog } from './progress-dialog'
import { RemoveDialog, type Removal } from './remove-dialog'
import './okr.css'

/** a tree's order is its meaning: no column sorts or filters it (the toolbar filters whole objectives) */
const treeColDef: ColDef<TreeRow<OkrRow>> = { resizable: defaultColDef.resizable, suppressHeaderMenuButton: true, minWidth: defaultColDef.minWidth, sortable: false, filter: false, floatingFilter: false }

type KrEdit = { objective: ObjectiveView; keyResult?: KeyResultView }

/**
 * 目标管理: every objective with its key results, judged as of a date (today unless changed): completion
 * against the time elapsed, the warning when a key result lags, and the actions to keep them current.
 */
export function OkrPage() {
  const notify = useNotify()
  const [asOf, setAsOf] = useState(isoToday())
  const [department, setDepartment] = useState('')
  const [search, setSearch] = useState('')
  const [laggingOnly, setLaggingOnly] = useState(false)
  const validAsOf = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : isoToday()
  const list = useRpcQuery('okr-list', { asOf: validAsOf, laggingOnly, ...(department ? { department } : {}) })
  const people = useRpcQuery('roster-list', {})
  const org = useRpcQuery('org-list', {})
  const settings = useRpcQuery('settings-get', {})
  const grid = useRef<AgGridReact<TreeRow<OkrRow>>>(null)

  const [objectiveEdit, setObjectiveEdit] = useState<ObjectiveView | 'new' | null>(null)
  const [krEdit, setKrEdit] = useState<KrEdit | null>(null)
  const [progress, setProgress] = useState<KeyResultView | null>(null)
  const [removal, setRemoval] = useState<Removal | null>(null)
  const [importing, setImporting] = useState(false)

  // the grid's buttons call through a ref, so the columns are built once per date, not per render
  const actions = useRef<OkrActions>({
    editObjective: (o) => setObjectiveEdit(o),
    addKeyResult: (o) => setKrEdit({ objective: o }),
    removeObjective: (o) => setRemoval({ kind: 'objective', id: o.id, title: o.title, keyResults: o.keyResults.length }),
    recordProgress: (_o, kr) => setProgress(kr),
    editKeyResult: (o, kr) => setKrEdit({ objective: o, keyResult: kr }),
    removeKeyResult: (_o, kr) => setRemoval({ kind: 'kr', id: kr.id, title: kr.title, reports: kr.reports }),
  })
  const mayImport = useMayCall(commitMethod('okr'))
  const saveObjective = useMayCall('okr-objective-save')
  const removeObjective = useMayCall('okr-objective-remove')
  const saveKeyResult = useMayCall('okr-kr-save')
  const removeKeyResult = useMayCall('okr-kr-remove')
  const recordProgress = useMayCall('okr-kr-progress')
  const allowed = useMemo<OkrAllowed>(
    () => ({ saveObjective, removeObjective, saveKeyResult, removeKeyResult, recordProgress }),
    [saveObjective, removeObjective, saveKeyResult, removeKeyResult, recordProgress],
  )
  const columns = useMemo(() => okrColumns(validAsOf, actions, allowed), [validAsOf, allowed])
  const objectives = useMemo(() => (list.data?.objectives ?? []).filter((o) => matchesSearch(o, search)), [list.data, search])
  const rows = useMemo(() => okrTreeRows(objectives), [objectives])
  const tree = useTreeExpansion(rows, grid)
  const counts = shownCounts(objectives)
  const thresholds = okrOf(settings.data ?? {})
  const filtered = department !== '' || laggingOnly || search.trim() !== ''
  // a dialog that saved closes, says so, and the list is read again
  const saved = (close: () => void, message: string) => {
    close()
    notify.success(message)
    list.reload()
  }
  const departments = useMemo(() => [...(org.data ?? [])].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), [org.data])

  return (
    <Page
      title={t('ui.okr.title')}
      testId="page-okr"
      actions={
        <>
          <TemplateButton kind="okr" label={t('ui.okr.template')} />
          {mayImport && <ImportButton label={t('ui.okr.import')} testId="okr-import-file" onOpen={() => setImporting(true)} />}
          {saveObjective && (
            <button type="button" className="button button-primary" data-testid="okr-add" onClick={() => setObjectiveEdit('new')}>
              {t('ui.okr.add')}
            </button>
          )}
        </>
      }
    >
      {list.error && <LoadError error={list.error} onRetry={list.reload} />}
      <div className="form-row okr-toolbar">
        <Field label={t('ui.okr.asOf')} inline>
          <DateInput testId="okr-as-of" value={asOf} onChange={setAsOf} />
        </Field>
        <DepartmentSelect testId="okr-department" value={department} departments={departments.map((d) => d.path)} allLabel={t('ui.okr.allDepartments')} onChange={setDepartment} />
        <SearchInput placeholder={t('ui.okr.searchPlaceholder')} testId="okr-search" value={search} onChange={setSearch} />
        <Checkbox testId="okr-lagging-only" checked={laggingOnly} onChange={setLaggingOnly} label={t('ui.okr.laggingOnly')} />
        <span className="grow" />
        <button type="button" className="button button-small" data-testid="okr-expand-all" onClick={tree.expandAll}>
          {t('ui.tree.expandAll')}
        </button>
        <button type="button" className="button button-small" data-testid="okr-collapse-all" onClick={tree.collapseAll}>
          {t('ui.tree.collapseAll')}
        </button>
      </div>
      <p className="field-help">{t('ui.okr.help', { lag: thresholds.lagPoints, serious: thresholds.seriousLagPoints })}</p>
      <div className="main-panel">
        <div className="grid-caption">
          <span data-testid="okr-count" data-objectives={counts.objectives} data-key-results={counts.keyResults} data-lagging={counts.lagging} data-serious={counts.serious}>
            {t('ui.okr.count', counts)}
          </span>
        </div>
        <DataGrid<TreeRow<OkrRow>>
          testId="okr-grid"
          exportTitle={t('ui.okr.exportTitle')}
          gridRef={grid}
          rowData={rows}
          columnDefs={columns}
          defaultColDef={treeColDef}
          {...tree.gridProps}
          loading={list.loading && !list.data}
          tooltipShowDelay={300}
          // fifteen columns: all of them rendered, so a row's badge and buttons exist wherever it is scrolled
          suppressColumnVirtualisation
          getRowClass={(p) => (p.data?.data.kind === 'objective' ? 'okr-objective-row' : undefined)}
          overlayNoRowsTemplate={emptyOverlay(!filtered && (list.data?.objectives.length ?? 0) === 0, 'okr-empty', t(mayImport || saveObjective ? 'ui.okr.empty' : 'ui.okr.emptyReader'))}
        />
      </div>
      {objectiveEdit !== null && (
        <ObjectiveDialog
          {...(objectiveEdit === 'new' ? {} : { objective: objectiveEdit })}
          people={people.data ?? []}
          departments={departments}
          onClose={() => setObjectiveEdit(null)}
          onSaved={(o) => saved(() => setObjectiveEdit(null), t('ui.okr.objective.saved', { title: o.title }))}
        />
      )}
      {krEdit && (
        <KeyResultDialog
          objective={krEdit.objective}
          {...(krEdit.keyResult ? { keyResult: krEdit.keyResult } : {})}
          onClose={() => setKrEdit(null)}
          onSaved={(k) => saved(() => setKrEdit(null), t('ui.okr.kr.saved', { title: k.title }))}
        />
      )}
      {progress && (
        <ProgressDialog
          keyResult={progress}
          onClose={() => setProgress(null)}
          onSaved={(k, value) => saved(() => setProgress(null), t('ui.okr.progress.saved', { keyResult: k.title, value: shownValue(value) }))}
        />
      )}
      {removal && (
        <RemoveDialog
          removal={removal}
          onClose={() => setRemoval(null)}
          onRemoved={() => {
            setRemoval(null)
            list.reload()
          }}
        />
      )}
      {importing && <OkrImportDialog onImported={list.reload} onClose={() => setImporting(false)} />}
    </Page>
  )
}
