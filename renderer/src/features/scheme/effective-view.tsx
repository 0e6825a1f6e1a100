import { useMemo, useState } from 'react'
import type { ColDef } from 'ag-grid-community'
import type { EffectiveIndicator, Person, Scheme } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { DataGrid } from '../../components/data-grid'
import { DepartmentSelect } from '../../components/department-select'
import { Field } from '../../components/field'
import { SearchInput, Select } from '../../components/inputs'
import { useNotify } from '../../components/notify'
import { LoadError } from '../../components/page'
import { downloadFile } from '../../lib/files'
import { percent } from '../../lib/format'
import { rpc } from '../../lib/rpc'
import { useRpcQuery } from '../../lib/use-rpc'
import './effective-view.css'

type Target = { staffNo: string } | { positionClass?: string; department?: string }

const noFilters = { sortable: false, filter: false, floatingFilter: false, resizable: true, suppressHeaderMenuButton: true }

function effectiveColumns(): ColDef<EffectiveIndicator>[] {
  const pct = (v: unknown) => (typeof v === 'number' ? `${percent(v)}%` : '')
  return [
    {
      field: 'code',
      headerName: t('ui.indicator.code'),
      width: 160,
      cellRenderer: (p: { data?: EffectiveIndicator; value: string }) => (
        <span style={{ paddingLeft: ((p.data?.level ?? 1) - 1) * 18 }} className={p.data?.level === 1 ? 'cell-strong' : undefined}>
          {p.value}
        </span>
      ),
    },
    { field: 'name', headerName: t('ui.indicator.name'), flex: 1, minWidth: 200 },
    { field: 'setWeight', headerName: t('ui.effective.setWeight'), width: 120, type: 'rightAligned', valueFormatter: (p) => pct(p.value) },
    { field: 'weight', headerName: t('ui.effective.weight'), width: 140, type: 'rightAligned', valueFormatter: (p) => pct(p.value), cellClass: 'ag-right-aligned-cell cell-strong' },
    { field: 'globalWeight', headerName: t('ui.effective.globalWeight'), width: 130, type: 'rightAligned', valueFormatter: (p) => pct(p.value) },
    { field: 'layer', headerName: t('ui.indicator.layer'), width: 80 },
    { field: 'nature', headerName: t('ui.indicator.nature'), width: 80, valueFormatter: (p) => p.value ?? '' },
    { field: 'mode', headerName: t('ui.indicator.mode'), width: 100 },
  ]
}

/** 适用视图: the indicators that apply to one person (or a position class and/or department), weights rescaled over them. */
export function EffectiveView({
  scheme,
  roster,
  suggestions,
  dirty,
}: {
  scheme: Scheme
  roster: Person[]
  suggestions: { positionClasses: string[]; departments: string[] }
  dirty: boolean
}) {
  const notify = useNotify()
  const [mode, setMode] = useState<'person' | 'group'>('person')
  const [search, setSearch] = useState('')
  const [person, setPerson] = useState<Person | null>(null)
  const [positionClass, setPositionClass] = useState('')
  const [department, setDepartment] = useState('')
  const columns = useMemo(() => effectiveColumns(), [])

  const matches = useMemo(() => {
    const q = search.trim().toLowerCase()
    if (!q) return []
    return roster.filter((p) => p.staffNo.toLowerCase().includes(q) || p.name.toLowerCase().includes(q)).slice(0, 12)
  }, [search, roster])

  const target: Target | null =
    mode === 'person'
      ? person
        ? { staffNo: person.staffNo }
        : null
      : { ...(positionClass ? { positionClass } : {}), ...(department ? { department } : {}) }
  const ref = { name: scheme.name, version: scheme.version }
  const result = useRpcQuery('scheme-effective', target ? { scheme: ref, target } : null)
  const data = result.data

  const exportIt = async () => {
    if (!target) return
    try {
      downloadFile(await rpc('scheme-effective-export', { scheme: ref, target }))
    } catch (e) {
      notify.error(e)
    }
  }

  return (
    <div className="effective-view" data-testid="effective-view">
      <div className="card">
        <div className="toolbar">
          <div className="segmented" role="radiogroup" aria-label={t('ui.effective.targetKind')}>
            <button type="button" role="radio" aria-checked={mode === 'person'} className={mode === 'person' ? 'seg active' : 'seg'} data-testid="effective-mode-person" onClick={() => setMode('person')}>
              {t('ui.effective.byPerson')}
            </button>
            <button type="button" role="radio" aria-checked={mode === 'group'} className={mode === 'group' ? 'seg active' : 'seg'} data-testid="effective-mode-group" onClick={() => setMode('group')}>
              {t('ui.effective.byGroup')}
            </button>
          </div>
          {mode === 'person' ? (
            <div className="person-search">
              <SearchInput testId="effective-search" placeholder={t('ui.effective.searchPlaceholder')} value={search} onChange={setSearch} />
              {matches.length > 0 && (
                <ul className="person-matches" data-testid="effective-matches">
                  {matches.map((p) => (
                    <li key={p.staffNo}>
                      <button
                        type="button"
                        data-testid={`effective-person-${p.staffNo}`}
                        onClick={() => {
                          setPerson(p)
                          setSearch('')
                        }}
                      >
                        <span className="mono">{p.staffNo}</span> {p.name}
                        <span className="muted small">
                          {' '}
                          {p.positionClass ?? '—'} · {p.department}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              {person && (
                <span className="chip chip-info" data-testid="effective-person">
                  {t('ui.effective.personChip', { staffNo: person.staffNo, name: person.name })}
                </span>
              )}
              {roster.length === 0 && <span className="muted small">{t('ui.effective.noRoster')}</span>}
            </div>
          ) : (
            <>
              <Field label={t('ui.person.positionClass')} inline>
                <Select testId="effective-class" value={positionClass} options={suggestions.positionClasses} empty={t('ui.effective.any')} onChange={setPositionClass} />
              </Field>
              <DepartmentSelect testId="effective-department" value={department} departments={suggestions.departments} allLabel={t('ui.effective.any')} onChange={setDepartment} />
            </>
          )}
          <span className="grow" />
          <button type="button" className="button" data-testid="effective-export" disabled={!target || !data} onClick={() => void exportIt()}>
            {t('action.export')}
          </button>
        </div>
        {dirty && <p className="hint small">{t('ui.effective.savedOnly')}</p>}
      </div>
      {result.error && <LoadError error={result.error} onRetry={result.reload} />}
      {!target && <div className="empty">{t('ui.effective.pick')}</div>}
      {target && data && (
        <>
          <div className="grid-caption" data-testid="effective-caption" data-count={data.indicators.length}>
            <span className="cell-strong">{data.target}</span>
            <span>{t('ui.effective.caption', { n: data.indicators.length, asOf: data.asOf })}</span>
          </div>
          <DataGrid<EffectiveIndicator> testId="effective-grid" rowData={data.indicators} columnDefs={columns} defaultColDef={noFilters} getRowId={(p) => p.data.code} />
        </>
      )}
    </div>
  )
}
