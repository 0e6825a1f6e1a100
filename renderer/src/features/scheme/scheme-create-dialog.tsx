import { useState } from 'react'
import { t } from '../../../../shared/i18n'
import { Dialog } from '../../components/dialog'
import { rpc, type RpcFailure } from '../../lib/rpc'
import { asFailure } from '../../lib/use-rpc'

/** A new, empty scheme (a draft, version 1) to build row by row in the editor. */
export function SchemeCreateDialog({ existing, onClose, onCreated }: { existing: string[]; onClose(): void; onCreated(name: string): void }) {
  const [name, setName] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<RpcFailure | null>(null)
  const trimmed = name.trim()
  const taken = existing.includes(trimmed)
  const create = async () => {
    setBusy(true)
    setError(null)
    try {
      await rpc('scheme-create', { name: trimmed })
      onCreated(trimmed)
      onClose()
    } catch (e) {
      setError(asFailure(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Dialog
      title={t('ui.schemeCreate.title')}
      testId="scheme-create-dialog"
      onClose={onClose}
      busy={busy}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('action.cancel')}
          </button>
          <button type="button" className="button button-primary" data-testid="scheme-create-confirm" disabled={busy || trimmed === '' || taken} onClick={() => void create()}>
            {t('action.create')}
          </button>
        </>
      }
    >
      <label className="field">
        <span className="field-label">{t('ui.scheme.name')}</span>
        <input
          type="text"
          data-testid="scheme-create-name"
          value={name}
          maxLength={100}
          placeholder={t('ui.scheme.namePlaceholder')}
          aria-invalid={taken}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && trimmed !== '' && !taken && void create()}
          autoFocus
        />
        {taken ? <span className="field-error">{t('ui.scheme.nameExists', { name: trimmed })}</span> : <span className="field-help">{t('ui.schemeCreate.help')}</span>}
      </label>
      {error && <p className="field-error" data-testid="scheme-create-error">{error.message}</p>}
    </Dialog>
  )
}
