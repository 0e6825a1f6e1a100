import { useState } from 'react'
import { periodIdPattern, periodKinds, type Period, type PeriodKind, type SchemeSummary } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { useNotify } from '../../components/notify'
import { periodKindText } from '../../components/period-picker'
import { rpc, RpcFailure } from '../../lib/rpc'

const kindPattern: Record<PeriodKind, RegExp> = {
  quarter: /^\d{4}-Q[1-4]$/,
  annual: /^\d{4}$/,
  special: /^\d{4}-S[\w\u4e00-\u9fa5-]{1,40}$/,
}

interface Errors {
  id?: string
  scheme?: string
}

export function validatePeriod(id: string, kind: PeriodKind, scheme: string, existing: string[]): Errors {
  const errors: Errors = {}
  if (!id) errors.id = t('ui.periods.idRequired')
  else if (!periodIdPattern.test(id)) errors.id = t('ui.periods.idFormat')
  else if (!kindPattern[kind].test(id)) errors.id = t(`ui.periods.idFor.${kind}`)
  else if (existing.includes(id)) errors.id = t('ui.periods.idExists', { id })
  if (!scheme) errors.scheme = t('ui.periods.schemeRequired')
  return errors
}

/** A new period: id by kind (2025-Q1, 2025, 2025-S<name>), the scheme it uses (frozen from then on), a name. */
export function PeriodForm({ schemes, existing, onCreated }: { schemes: SchemeSummary[]; existing: string[]; onCreated(p: Period): void }) {
  const notify = useNotify()
  const [id, setId] = useState('')
  const [kind, setKind] = useState<PeriodKind>('quarter')
  const [scheme, setScheme] = useState('')
  const [name, setName] = useState('')
  const [touched, setTouched] = useState(false)
  const [busy, setBusy] = useState(false)
  const [serverError, setServerError] = useState<string | null>(null)
  const chosenScheme = scheme || schemes[0]?.name || ''
  const errors = validatePeriod(id.trim(), kind, chosenScheme, existing)
  const valid = !errors.id && !errors.scheme

  const submit = async () => {
    setTouched(true)
    setServerError(null)
    if (!valid) return
    setBusy(true)
    try {
      const created = await rpc('period-create', { id: id.trim(), kind, scheme: chosenScheme, ...(name.trim() ? { name: name.trim() } : {}) })
      notify.success(t('ui.periods.created', { id: created.id }))
      setId('')
      setName('')
      setTouched(false)
      onCreated(created)
    } catch (e) {
      setServerError(e instanceof RpcFailure ? e.message : String(e))
      notify.error(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      className="card form"
      data-testid="period-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <h2 className="panel-title">{t('ui.periods.new')}</h2>
      <div className="form-inline-grid">
        <label className="field">
          <span className="field-label">{t('ui.periods.kind')}</span>
          <select data-testid="period-kind" value={kind} onChange={(e) => setKind(e.target.value as PeriodKind)}>
            {periodKinds.map((k) => (
              <option key={k} value={k}>
                {periodKindText(k)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('ui.periods.id')}</span>
          <input
            type="text"
            data-testid="period-id"
            value={id}
            placeholder={t(`ui.periods.idExample.${kind}`)}
            aria-invalid={touched && Boolean(errors.id)}
            onChange={(e) => setId(e.target.value)}
            onBlur={() => id && setTouched(true)}
          />
          {touched && errors.id ? (
            <span className="field-error" data-testid="period-id-error">
              {errors.id}
            </span>
          ) : (
            <span className="field-help">{t(`ui.periods.idHelp.${kind}`)}</span>
          )}
        </label>
        <label className="field">
          <span className="field-label">{t('ui.periods.scheme')}</span>
          <select data-testid="period-scheme" value={chosenScheme} onChange={(e) => setScheme(e.target.value)}>
            {schemes.length === 0 && <option value="">{t('ui.scheme.none')}</option>}
            {schemes.map((s) => (
              <option key={s.id} value={s.name}>
                {t('ui.scheme.option', { name: s.name, version: s.version })}
              </option>
            ))}
          </select>
          {touched && errors.scheme ? (
            <span className="field-error" data-testid="period-scheme-error">
              {errors.scheme}
            </span>
          ) : (
            <span className="field-help">{t('ui.periods.schemeHelp')}</span>
          )}
        </label>
        <label className="field">
          <span className="field-label">{t('ui.periods.name')}</span>
          <input type="text" data-testid="period-name" value={name} maxLength={100} placeholder={t('ui.periods.namePlaceholder')} onChange={(e) => setName(e.target.value)} />
        </label>
        <div className="form-actions form-actions-inline">
          <button type="submit" className="button button-primary" data-testid="period-create" disabled={busy}>
            {t('ui.periods.create')}
          </button>
        </div>
      </div>
      {serverError && (
        <p className="field-error" role="alert" data-testid="period-create-error">
          {serverError}
        </p>
      )}
    </form>
  )
}
