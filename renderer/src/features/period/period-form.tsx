import { useState } from 'react'
import { periodIdPattern, periodKinds, type Period, type PeriodKind, type SchemeSummary } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { ErrorLine } from '../../components/error-line'
import { Field, FormActions, FormCard } from '../../components/field'
import { Select, TextInput } from '../../components/inputs'
import { useNotify } from '../../components/notify'
import { periodKindText } from '../../components/period-picker'
import { rpc } from '../../lib/rpc'
import { useSubmit } from '../../lib/use-submit'
import './period.css'

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
  if (!id) errors.id = t('ui.period.idRequired')
  else if (!periodIdPattern.test(id)) errors.id = t('ui.period.idFormat')
  else if (!kindPattern[kind].test(id)) errors.id = t(`ui.period.idFor.${kind}`)
  else if (existing.includes(id)) errors.id = t('ui.period.idExists', { id })
  if (!scheme) errors.scheme = t('ui.period.schemeRequired')
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
  const { busy, error, submit, clearError } = useSubmit()
  const chosenScheme = scheme || schemes[0]?.name || ''
  const errors = validatePeriod(id.trim(), kind, chosenScheme, existing)
  const valid = !errors.id && !errors.scheme

  const create = () => {
    setTouched(true)
    clearError()
    if (!valid) return
    void submit(async () => {
      try {
        const created = await rpc('period-create', { id: id.trim(), kind, scheme: chosenScheme, ...(name.trim() ? { name: name.trim() } : {}) })
        notify.success(t('ui.period.created', { id: created.id }))
        setId('')
        setName('')
        setTouched(false)
        onCreated(created)
      } catch (e) {
        // the toast too: the form may be scrolled away from its error line
        notify.error(e)
        throw e
      }
    })
  }

  return (
    <FormCard title={t('ui.period.new')} testId="period-form" onSubmit={create}>
      <div className="form-inline-grid">
        <Field label={t('ui.period.kind')}>
          <Select testId="period-kind" value={kind} options={periodKinds.map((k) => ({ value: k, label: periodKindText(k) }))} onChange={setKind} />
        </Field>
        <Field label={t('ui.period.id')} error={touched && errors.id} errorTestId="period-id-error" help={t(`ui.period.idHelp.${kind}`)}>
          <TextInput testId="period-id" value={id} placeholder={t(`ui.period.idExample.${kind}`)} invalid={touched && Boolean(errors.id)} onChange={setId} onBlur={() => id && setTouched(true)} />
        </Field>
        <Field label={t('ui.period.scheme')} error={touched && errors.scheme} errorTestId="period-scheme-error" help={t('ui.period.schemeHelp')}>
          <Select
            testId="period-scheme"
            value={chosenScheme}
            options={schemes.map((s) => ({ value: s.name, label: t('ui.scheme.option', { name: s.name, version: s.version }) }))}
            empty={schemes.length === 0 ? t('ui.scheme.none') : undefined}
            onChange={setScheme}
          />
        </Field>
        <Field label={t('ui.period.name')}>
          <TextInput testId="period-name" value={name} maxLength={100} placeholder={t('ui.period.namePlaceholder')} onChange={setName} />
        </Field>
        <FormActions className="form-actions-inline">
          <button type="submit" className="button button-primary" data-testid="period-create" disabled={busy}>
            {t('ui.period.create')}
          </button>
        </FormActions>
      </div>
      <ErrorLine testId="period-create-error" error={error} />
    </FormCard>
  )
}
