import { useEffect, useMemo, useRef, useState } from 'react'
import type { AgGridReact } from 'ag-grid-react'
import type { IRowNode } from 'ag-grid-community'
import { commitMethod, type Person } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { CountedGrid } from '../../components/counted-grid'
import { ImportButton } from '../../components/import-button'
import { emptyOverlay } from '../../components/data-grid'
import { ImportDialog } from '../../components/import-dialog'
import { SearchInput } from '../../components/inputs'
import { LoadError, Page } from '../../components/page'
import { Tabs } from '../../components/tabs'
import { TemplateButton } from '../../components/template-button'
import { useMayCall } from '../../lib/route-access'
import { useRpcQuery } from '../../lib/use-rpc'
import { HistoryTab } from './history-tab'
import { inDepartment, OrgTree } from './org-tree'
import { PenaltiesTab } from './penalties-tab'
import { rosterColumns } from './roster-columns'

type OrgTab = 'roster' | 'history' | 'penalties'

export function OrgPage() {
  const [tab, setTab] = useState<OrgTab>('roster')
  // past grades and penalties are read for the whole unit at once: an account limited to some
  // departments (a 部门领导) is refused them, so it gets no tab for them
  const mayHistory = useMayCall('history-list')
  const mayPenalties = useMayCall('penalties-list')
  const orgTabs: OrgTab[] = ['roster', ...(mayHistory ? ['history' as const] : []), ...(mayPenalties ? ['penalties' as const] : [])]
  const mayImport = useMayCall(commitMethod('roster'))
  const roster = useRpcQuery('roster-list', {})
  const org = useRpcQuery('org-list', {})
  const grid = useRef<AgGridReact<Person>>(null)
  const [search, setSearch] = useState('')
  const [dept, setDept] = useState<string | null>(null)
  const deptRef = useRef(dept)
  deptRef.current = dept
  const [importing, setImporting] = useState(false)
  const people = useMemo(() => roster.data ?? [], [roster.data])
  const columns = useMemo(() => rosterColumns(people), [people])

  useEffect(() => grid.current?.api?.onFilterChanged(), [dept])
  const reload = () => {
    roster.reload()
    org.reload()
  }

  return (
    <Page
      title={t('nav.org')}
      testId="page-org"
      actions={
        tab === 'roster' && (
          <>
            <SearchInput placeholder={t('ui.org.searchPlaceholder')} testId="roster-search" value={search} onChange={setSearch} />
            <TemplateButton kind="roster" />
            {mayImport && <ImportButton label={t('ui.org.import')} testId="roster-import-file" primary onOpen={() => setImporting(true)} />}
          </>
        )
      }
    >
      {orgTabs.length > 1 && <Tabs tabs={orgTabs} active={tab} onChange={setTab} label={(k) => t(`ui.orgTabs.${k}`)} testIdPrefix="org-tab" />}
      {roster.error && <LoadError error={roster.error} onRetry={roster.reload} />}
      {org.error && <LoadError error={org.error} onRetry={org.reload} />}
      {tab === 'roster' && (
        <div className="split">
          <aside className="side-panel">
            <h2 className="panel-title">{t('ui.org.tree')}</h2>
            <OrgTree departments={org.data ?? []} total={people.length} selected={dept} onSelect={setDept} mayImport={mayImport} />
          </aside>
          <CountedGrid<Person>
            count={{ testId: 'roster-count', total: people.length, text: (shown) => t('ui.org.count', { shown, total: people.length }) }}
            caption={
              dept && (
                <span className="filter-tag">
                  {dept}
                  <button type="button" className="icon-button" aria-label={t('ui.clearFilter')} onClick={() => setDept(null)}>
                    ×
                  </button>
                </span>
              )
            }
            testId="roster-grid"
            exportTitle={t('gridExport.title.roster')}
            sensitiveExport
            gridRef={grid}
            rowData={people}
            columnDefs={columns}
            optionalColumns={[{ colId: 'statusReason', label: t('ui.person.statusReason') }]}
            overlayNoRowsTemplate={emptyOverlay(roster.data !== undefined && people.length === 0, 'roster-empty', t(mayImport ? 'ui.empty.roster' : 'ui.empty.rosterReader'))}
            getRowId={(p) => p.data.staffNo}
            quickFilterText={search}
            loading={roster.loading && !roster.data}
            isExternalFilterPresent={() => deptRef.current !== null}
            doesExternalFilterPass={(node: IRowNode<Person>) => deptRef.current === null || inDepartment(node.data?.department ?? '', deptRef.current)}
          />
        </div>
      )}
      {tab === 'history' && mayHistory && <HistoryTab people={people} />}
      {tab === 'penalties' && mayPenalties && <PenaltiesTab people={people} />}
      {importing && <ImportDialog kind="roster" title={t('ui.org.importTitle')} extra={{}} fileTestId="roster-import-file" onImported={reload} onClose={() => setImporting(false)} />}
    </Page>
  )
}
