import { useEffect, useMemo, useState } from 'react'
import { commitMethod, type Scheme } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { ROOT } from '../../../../shared/domain/weight-sums'
import { useNotify } from '../../components/notify'
import { ErrorLine } from '../../components/error-line'
import { Empty, LoadError, Page } from '../../components/page'
import { Tabs } from '../../components/tabs'
import { TemplateButton } from '../../components/template-button'
import { dateTime } from '../../lib/format'
import { downloadFile } from '../../lib/files'
import { useMayCall } from '../../lib/route-access'
import { rpc } from '../../lib/rpc'
import { useRpcQuery } from '../../lib/use-rpc'
import { useSubmit } from '../../lib/use-submit'
import { CheckPanel } from './check-panel'
import { CompareDialog } from './compare-dialog'
import { useEditorRows } from './editor/editor-rows'
import { useEditorHistory } from './editor/history'
import { SchemeEditor } from './editor/scheme-editor'
import { fromIndicator, normalize, type Items } from './editor/tree-ops'
import { EffectiveView } from './effective-view'
import { useLeaveGuard } from './leave-guard'
import { SchemeImportDialog } from './scheme-import-dialog'
import { SchemeCreateDialog } from './scheme-create-dialog'
import { SchemePicker, type SchemeChoice } from './scheme-picker'
import { WeightSumBadge } from './weight-sum-badge'
import { WeightsDialog } from './weights/weights-dialog'
import './scheme.css'

type Tab = 'tree' | 'effective' | 'check'
const tabs: Tab[] = ['tree', 'effective', 'check']

const itemsOf = (s: Scheme): Items => normalize(s.indicators.map(fromIndicator))

export function SchemePage() {
  const notify = useNotify()
  const list = useRpcQuery('scheme-list', {})
  const schemes = useMemo(() => list.data ?? [], [list.data])
  const [choice, setChoice] = useState<SchemeChoice | null>(null)
  const [tab, setTab] = useState<Tab>('tree')
  const [importing, setImporting] = useState(false)
  const [creating, setCreating] = useState(false)
  const [comparing, setComparing] = useState(false)
  const [weightsFor, setWeightsFor] = useState<{ parent: string | null } | null>(null)
  // a refusal stays in its banner until closed or the next save: no toast on top of it
  const saving = useSubmit()
  const { failure: saveError, clearError: clearSaveError } = saving
  const [checkNonce, setCheckNonce] = useState(0)
  const mayCreate = useMayCall('scheme-create')
  const mayImport = useMayCall(commitMethod('scheme'))
  const maySave = useMayCall('scheme-save')
  const mayNewVersion = useMayCall('scheme-new-version')

  // the newest version of the first scheme until the user picks; "newest" (version null, e.g. just
  // imported) is resolved once the list has the name
  useEffect(() => {
    if (schemes.length === 0) return
    const newest = (name: string) => Math.max(...schemes.filter((s) => s.name === name).map((s) => s.version))
    const known = choice !== null && schemes.some((s) => s.name === choice.name)
    if (choice === null || (!known && choice.version !== null)) setChoice({ name: schemes[0].name, version: newest(schemes[0].name) })
    else if (known && choice.version === null) setChoice({ name: choice.name, version: newest(choice.name) })
  }, [schemes, choice])

  const query = useRpcQuery('scheme-get', choice?.version ? { name: choice.name, version: choice.version } : null)
  const [loaded, setLoaded] = useState<Scheme | null>(null)
  const history = useEditorHistory([])
  const { reset } = history
  useEffect(() => {
    if (!query.data) return
    setLoaded(query.data)
    reset(itemsOf(query.data))
    clearSaveError()
  }, [query.data, reset, clearSaveError])

  const current = loaded && choice && loaded.name === choice.name && loaded.version === choice.version ? loaded : null
  const frozen = current?.status === 'frozen'
  const { rows, sums } = useEditorRows(history.items)
  const bad = useMemo(() => [...sums.values()].filter((s) => !s.ok), [sums])
  const rootSum = sums.get(ROOT)
  const leave = useLeaveGuard(history.dirty && !frozen)

  const roster = useRpcQuery('roster-list', {})
  const org = useRpcQuery('org-list', {})
  const suggestions = useMemo(
    () => ({
      positionClasses: [...new Set((roster.data ?? []).map((p) => p.positionClass).filter((x): x is string => !!x))].sort((a, b) => a.localeCompare(b, 'zh-CN')),
      departments: (org.data ?? []).map((d) => d.path),
    }),
    [roster.data, org.data],
  )

  const save = () =>
    saving.submit(async () => {
      if (!current) return
      const saved = await rpc('scheme-save', { name: current.name, version: current.version, indicators: [...history.items] })
      setLoaded(saved)
      reset(itemsOf(saved))
      notify.success(t('ui.schemeEdit.saved', { name: saved.name, version: saved.version, n: saved.indicatorCount }))
      list.reload()
      setCheckNonce((n) => n + 1)
    })

  const newDraft = async () => {
    if (!current) return
    try {
      const created = await rpc('scheme-new-version', { name: current.name, fromVersion: current.version })
      notify.success(t('ui.versions.created', { name: created.name, version: created.version, from: current.version }))
      list.reload()
      setChoice({ name: created.name, version: created.version })
      setTab('tree')
    } catch (e) {
      notify.error(e)
    }
  }

  const exportScheme = async () => {
    if (!current) return
    try {
      downloadFile(await rpc('scheme-export', { name: current.name, version: current.version }))
    } catch (e) {
      notify.error(e)
    }
  }

  const afterWeights = (scheme: Scheme) => {
    setLoaded(scheme)
    reset(itemsOf(scheme))
    list.reload()
    setCheckNonce((n) => n + 1)
  }

  return (
    <Page
      title={t('nav.scheme')}
      testId="page-scheme"
      actions={
        <>
          <SchemePicker schemes={schemes} choice={choice} onChoose={(c) => leave.guard(() => setChoice(c))} />
          <button type="button" className="button" data-testid="scheme-compare-open" disabled={!current || schemes.filter((s) => s.name === current.name).length < 2} onClick={() => setComparing(true)}>
            {t('ui.compare.open')}
          </button>
          <button type="button" className="button" data-testid="scheme-export" disabled={!current} onClick={() => void exportScheme()}>
            {t('ui.schemeEdit.export')}
          </button>
          <TemplateButton kind="scheme" />
          {mayCreate && (
            <button type="button" className="button" data-testid="scheme-create-open" onClick={() => leave.guard(() => setCreating(true))}>
              {t('ui.schemeCreate.open')}
            </button>
          )}
          {mayImport && (
            <button type="button" className="button button-primary" data-testid="scheme-import-open" onClick={() => leave.guard(() => setImporting(true))}>
              {t('ui.scheme.import')}
            </button>
          )}
        </>
      }
    >
      {list.error && <LoadError error={list.error} onRetry={list.reload} />}
      {query.error && <LoadError error={query.error} onRetry={query.reload} />}
      {!list.loading && schemes.length === 0 && !list.error && <Empty testId="scheme-empty">{t(mayImport ? 'ui.scheme.emptyHint' : 'ui.scheme.emptyReader')}</Empty>}
      {current && (
        <>
          <div className="summary-bar" data-testid="scheme-summary">
            <span className={frozen ? 'chip chip-warn' : 'chip chip-ok'} data-testid="scheme-status" data-status={current.status}>
              {frozen ? t('ui.scheme.frozen') : t('ui.scheme.draft')}
            </span>
            <span data-testid="scheme-version" data-version={current.version}>
              {t('ui.scheme.version', { version: current.version })}
            </span>
            <span data-testid="scheme-count" data-count={history.items.length}>
              {t('ui.scheme.indicatorCount', { n: history.items.length })}
            </span>
            <span className="muted">{t('ui.versions.createdAt', { at: dateTime(current.createdAt) })}</span>
            <span className="grow" />
            {rootSum && <WeightSumBadge sum={rootSum} label={t('ui.scheme.rootSum')} />}
            <span className={bad.length ? 'text-bad' : 'text-ok'} data-testid="weight-check" data-bad={bad.length}>
              {bad.length
                ? t('ui.scheme.sumsBad', { n: bad.length, list: bad.map((b) => (b.parent === ROOT ? t('ui.scheme.top') : b.parent)).join(t('ui.listSeparator')) })
                : t('ui.scheme.sumsOk')}
            </span>
            {!frozen && maySave && (
              <>
                {history.dirty && (
                  <span className="chip chip-warn" data-testid="scheme-dirty">
                    {t('ui.schemeEdit.dirty')}
                  </span>
                )}
                <button type="button" className="button" data-testid="scheme-discard" disabled={!history.dirty || saving.busy} onClick={history.discard}>
                  {t('ui.schemeEdit.discard')}
                </button>
                <button type="button" className="button button-primary" data-testid="scheme-save" disabled={!history.dirty || saving.busy} onClick={() => void save()}>
                  {saving.busy ? t('ui.working') : t('action.save')}
                </button>
              </>
            )}
          </div>
          {frozen && (
            <div className="banner banner-frozen" data-testid="scheme-frozen" data-period={current.frozenBy ?? ''}>
              <span>{t(mayNewVersion ? 'ui.versions.frozenBanner' : 'ui.versions.frozenBannerReader', { version: current.version, period: current.frozenBy ?? '—' })}</span>
              {mayNewVersion && (
                <button type="button" className="button button-primary button-small" data-testid="scheme-new-draft" onClick={() => void newDraft()}>
                  {t('ui.versions.newDraft')}
                </button>
              )}
            </div>
          )}
          {saveError && (
            <ErrorLine testId="scheme-save-error" code={saveError.code}>
              <p>
                <strong>{t('ui.schemeEdit.saveRefused')}</strong> {saveError.message}
              </p>
              <button type="button" className="button button-small" onClick={clearSaveError}>
                {t('action.close')}
              </button>
            </ErrorLine>
          )}
          <Tabs tabs={tabs} active={tab} onChange={setTab} label={(k) => t(`ui.schemeTabs.${k}`)} testIdPrefix="scheme-tab" />
          {tab === 'tree' && (
            <SchemeEditor
              history={history}
              rows={rows}
              // a role that may not save reads the tree: no editing tools, no 权重计算 (it applies weights)
              readOnly={frozen || !maySave}
              suggestions={suggestions}
              onWeights={(parent) => setWeightsFor({ parent })}
              exportTitle={t('gridExport.title.scheme', { name: current.name, version: current.version })}
            />
          )}
          {tab === 'effective' && <EffectiveView scheme={current} roster={roster.data ?? []} suggestions={suggestions} dirty={history.dirty} />}
          {tab === 'check' && <CheckPanel scheme={current} nonce={checkNonce} dirty={history.dirty} />}
        </>
      )}
      {importing && (
        <SchemeImportDialog
          existing={[...new Set(schemes.map((s) => s.name))]}
          onClose={() => setImporting(false)}
          onImported={(imported) => {
            list.reload()
            setChoice({ name: imported, version: null })
          }}
        />
      )}
      {creating && (
        <SchemeCreateDialog
          existing={[...new Set(schemes.map((s) => s.name))]}
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            notify.success(t('ui.schemeCreate.done', { name: created }))
            list.reload()
            setChoice({ name: created, version: null })
          }}
        />
      )}
      {comparing && current && <CompareDialog name={current.name} versions={schemes.filter((s) => s.name === current.name)} current={current.version} onClose={() => setComparing(false)} />}
      {weightsFor && current && (
        <WeightsDialog
          scheme={current}
          items={history.items}
          dirty={history.dirty}
          parent={weightsFor.parent}
          onClose={() => setWeightsFor(null)}
          onApplied={afterWeights}
        />
      )}
      {leave.dialog}
    </Page>
  )
}
