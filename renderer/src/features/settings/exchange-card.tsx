import { useState } from 'react'
import type { ExchangePreview, FileInput } from '../../../../shared/contract'
import { exchangeKeyProblem } from '../../../../shared/domain/exchange-key'
import { t } from '../../../../shared/i18n'
import { ConfirmDialog } from '../../components/confirm-dialog'
import { Field, FormActions, FormCard } from '../../components/field'
import { FileButton } from '../../components/file-button'
import { PasswordInput, Select } from '../../components/inputs'
import { useNotify } from '../../components/notify'
import { ProgressBar } from '../../components/progress-bar'
import { readFileInput } from '../../lib/files'
import { dateTime } from '../../lib/format'
import { rpc } from '../../lib/rpc'
import { useExport } from '../../lib/use-export'
import { useRpcQuery } from '../../lib/use-rpc'
import { useSubmit } from '../../lib/use-submit'
import { ExchangePreviewDialog } from './exchange-preview-dialog'
import './exchange.css'

const ALL = '*'

/**
 * 数据交换 (the 考核工作人员's): the key the two offices share, shown back only as its fingerprint for
 * comparing by phone; a period (or everything) exported as a .khx package; a package checked and
 * previewed before it is imported.
 */
export function ExchangeCard() {
  const notify = useNotify()
  const key = useRpcQuery('exchange-key-get', {})
  const periods = useRpcQuery('period-list', {})
  const [newKey, setNewKey] = useState('')
  const [confirmReplace, setConfirmReplace] = useState(false)
  const [scope, setScope] = useState<string>('')
  const [chosen, setChosen] = useState<{ file: FileInput; preview: ExchangePreview } | null>(null)
  const saving = useSubmit(notify.error)
  const checking = useSubmit(notify.error)
  const exporting = useExport()
  const problem = newKey === '' ? null : exchangeKeyProblem(newKey)
  const isSet = key.data?.set === true
  const periodList = periods.data ?? []
  const picked = scope || periodList.at(-1)?.id || ALL

  const saveKey = () =>
    saving.submit(async () => {
      setConfirmReplace(false)
      const info = await rpc('exchange-key-set', { key: newKey })
      setNewKey('')
      key.reload()
      notify.success(t('ui.exchange.keySaved', { fingerprint: info.fingerprint }))
    })
  const exportPackage = () =>
    exporting.run((opts) => rpc('exchange-export', picked === ALL ? { all: true } : { periods: [picked] }, opts))
  const check = (f: File) =>
    checking.submit(async (opts) => {
      const file = await readFileInput(f, opts.signal)
      setChosen({ file, preview: await rpc('exchange-import-preview', { file }, opts) })
    })

  return (
    <FormCard title={t('ui.exchange.title')} testId="exchange-card" className="exchange-card">
      <p className="field-help">{t('ui.exchange.help')}</p>
      <fieldset>
        <legend>{t('ui.exchange.key')}</legend>
        <p data-testid="exchange-key-state" data-set={String(isSet)}>
          {isSet ? (
            <>
              <strong className="mono exchange-fingerprint">{t('ui.exchange.keySet', { fingerprint: key.data?.fingerprint })}</strong>{' '}
              <span className="muted small">{t('ui.exchange.keySetBy', { by: key.data?.setBy, at: dateTime(key.data?.setAt) })}</span>
            </>
          ) : (
            <span className="muted">{t('ui.exchange.keyNone')}</span>
          )}
        </p>
        <Field label={t('ui.exchange.keyNew')} help={t('ui.exchange.keyHelp')} error={problem ? t(`exchange.key.${problem}`) : undefined}>
          <PasswordInput testId="exchange-key-input" autoComplete="new-password" value={newKey} invalid={problem !== null} onChange={setNewKey} />
        </Field>
        <FormActions>
          <button
            type="button"
            className="button"
            data-testid="exchange-key-save"
            disabled={saving.busy || newKey === '' || problem !== null}
            onClick={() => (isSet ? setConfirmReplace(true) : void saveKey())}
          >
            {t(isSet ? 'ui.exchange.keyReplaceButton' : 'ui.exchange.keySetButton')}
          </button>
        </FormActions>
      </fieldset>
      <fieldset>
        <legend>{t('ui.exchange.export')}</legend>
        <div className="exchange-row">
          <Field label={t('ui.exchange.scope')} inline>
            <Select testId="exchange-scope" value={picked} options={[...periodList.map((p) => ({ value: p.id, label: `${p.id} ${p.name}` })), { value: ALL, label: t('ui.exchange.all') }]} onChange={setScope} />
          </Field>
          <button type="button" className="button button-primary" data-testid="exchange-export" disabled={!isSet || exporting.running} onClick={() => void exportPackage()}>
            {t('ui.exchange.exportButton')}
          </button>
        </div>
        {exporting.running && <ProgressBar testId="exchange-export-progress" event={exporting.progress} label={t('ui.exchange.exporting')} onCancel={exporting.cancel} />}
      </fieldset>
      <fieldset>
        <legend>{t('ui.exchange.import')}</legend>
        <p className="field-help">{t('ui.exchange.importHelp')}</p>
        <div className="exchange-row">
          <FileButton label={t('ui.exchange.importButton')} testId="exchange-file" accept=".khx" disabled={!isSet || checking.busy} onFile={(f) => void check(f)} />
        </div>
        {checking.busy && <ProgressBar testId="exchange-check-progress" event={checking.progress} label={t('ui.exchange.checking')} onCancel={checking.cancel} />}
      </fieldset>
      {confirmReplace && (
        <ConfirmDialog title={t('ui.exchange.replaceTitle')} testId="exchange-replace" confirmLabel={t('ui.exchange.keyReplaceButton')} danger onConfirm={() => void saveKey()} onCancel={() => setConfirmReplace(false)}>
          <p>{t('ui.exchange.replaceBody')}</p>
        </ConfirmDialog>
      )}
      {chosen && <ExchangePreviewDialog file={chosen.file} preview={chosen.preview} onClose={() => setChosen(null)} onImported={() => { setChosen(null); periods.reload() }} />}
    </FormCard>
  )
}
