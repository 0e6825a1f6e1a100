import { useEffect, useMemo, useState } from 'react'
import { raterRoles } from '../../../../shared/domain/settings'
import { t } from '../../../../shared/i18n'
import { domainWord } from '../../../../shared/i18n/domain-words'
import { ErrorLine } from '../../components/error-line'
import { Field, FormActions, FormCard } from '../../components/field'
import { NumberInput, Select } from '../../components/inputs'
import { useNotify } from '../../components/notify'
import { useMayCall } from '../../lib/route-access'
import { rpc } from '../../lib/rpc'
import { useRpcQuery } from '../../lib/use-rpc'
import { useSubmit } from '../../lib/use-submit'
import { schemeNames, versionsOf } from '../scheme/scheme-picker'
import { ballotChoices, emptyForm, fromRaterForm, inherited, satisfactionChoices, toRaterForm, type RaterForm } from './rater-settings-model'

const roleIds = { 领导: 'leader', 互评: 'peer', 自评: 'self', 群众: 'public' } as const
const SCHEME_LEVEL = ''

/**
 * 评价主体设置 per scheme version and, where a dimension differs, per dimension: role weights, the
 * trimmed-mean threshold, ballot and satisfaction points. An empty field inherits (shown as the placeholder);
 * 清除 drops the level's own settings. A frozen version refuses, and the refusal is shown here.
 */
export function RaterSettingsCard() {
  const notify = useNotify()
  const schemes = useRpcQuery('scheme-list', {})
  const names = useMemo(() => schemeNames(schemes.data ?? []), [schemes.data])
  const [scheme, setScheme] = useState('')
  const [version, setVersion] = useState<number | null>(null)
  const [level, setLevel] = useState(SCHEME_LEVEL)
  const chosen = scheme || names[0] || ''
  const versions = useMemo(() => versionsOf(schemes.data ?? [], chosen), [schemes.data, chosen])
  const summary = versions.find((v) => v.version === version) ?? versions[0]
  const view = useRpcQuery('rater-settings-get', summary ? { scheme: chosen, version: summary.version } : null)
  const [form, setForm] = useState<RaterForm>(emptyForm())
  const { busy, error, submit, clearError } = useSubmit()
  // a role that may not change them reads the settings: disabled boxes, no 清除 or 保存
  const mayUpdate = useMayCall('rater-settings-update')

  const own = useMemo(() => {
    if (!view.data) return null
    return level === SCHEME_LEVEL ? view.data.scheme : (view.data.dimensions.find((d) => d.code === level)?.settings ?? null)
  }, [view.data, level])
  useEffect(() => {
    setForm(toRaterForm(own))
    clearError()
  }, [own])
  const placeholder = useMemo(() => (view.data ? inherited(view.data.unit, level === SCHEME_LEVEL ? null : view.data.scheme) : emptyForm()), [view.data, level])
  const { patch, errors } = fromRaterForm(form)
  const dirty = JSON.stringify(form) !== JSON.stringify(toRaterForm(own))
  const weightTotal = raterRoles.reduce((s, r) => s + (Number((form.weights[r] ?? '').trim() || placeholder.weights[r]) || 0), 0)

  const update = (settings: typeof patch) =>
    submit(async () => {
      if (!summary) return
      await rpc('rater-settings-update', { scheme: chosen, version: summary.version, dimension: level === SCHEME_LEVEL ? null : level, settings })
      notify.success(settings ? t('ui.raterSettings.saved') : t('ui.raterSettings.cleared'))
      view.reload()
    })

  const input = (group: 'weights' | 'ballot' | 'satisfaction', key: string, label: string, unit: string, testId: string) => (
    <Field key={key} label={label}>
      <NumberInput testId={testId} unit={unit} value={form[group][key] ?? ''} placeholder={placeholder[group][key]} disabled={!mayUpdate} onChange={(v) => setForm({ ...form, [group]: { ...form[group], [key]: v } })} />
    </Field>
  )

  return (
    <FormCard title={t('ui.raterSettings.title')} testId="rater-settings" className="rater-settings">
      <div className="form-row">
        <Field label={t('ui.raterSettings.scheme')}>
          <Select
            testId="rater-settings-scheme"
            value={chosen}
            options={names}
            empty={names.length === 0 ? t('ui.scheme.none') : undefined}
            onChange={(name) => (setScheme(name), setVersion(null), setLevel(SCHEME_LEVEL))}
          />
        </Field>
        <Field label={t('ui.raterSettings.version')}>
          <Select
            testId="rater-settings-version"
            value={summary?.version ?? ''}
            options={versions.map((v) => ({ value: v.version, label: t(v.status === 'frozen' ? 'ui.raterSettings.versionFrozen' : 'ui.raterSettings.versionDraft', { version: v.version, period: v.frozenBy ?? '' }) }))}
            onChange={setVersion}
          />
        </Field>
        <Field label={t('ui.raterSettings.level')}>
          <Select
            testId="rater-settings-level"
            value={level}
            options={[
              { value: SCHEME_LEVEL, label: t('ui.raterSettings.wholeScheme') },
              ...(view.data?.dimensions ?? []).map((d) => ({ value: d.code, label: t(d.settings ? 'ui.raterSettings.dimensionSet' : 'ui.raterSettings.dimension', { code: d.code, name: d.name }) })),
            ]}
            onChange={setLevel}
          />
        </Field>
      </div>
      <p className="field-help">{level === SCHEME_LEVEL ? t('ui.raterSettings.helpScheme') : t('ui.raterSettings.helpDimension')}</p>
      {summary?.status === 'frozen' && mayUpdate && <p className="field-help text-bad">{t('ui.raterSettings.frozenNote', { period: summary.frozenBy ?? '' })}</p>}
      <fieldset>
        <legend>{t('ui.settings.roleWeights')}</legend>
        <div className="form-grid form-grid-4">{raterRoles.map((r) => input('weights', r, t(`ui.role.${roleIds[r]}`), '%', `rater-weight-${roleIds[r]}`))}</div>
        <p className={errors.weights ? 'field-error' : 'field-help'} data-testid="rater-weights-state" data-state={errors.weights ? 'bad' : 'ok'}>
          {errors.weights ?? t('ui.raterSettings.weightsTotal', { sum: Math.round(weightTotal * 100) / 100 })}
        </p>
      </fieldset>
      <div className="form-grid">
        <fieldset>
          <legend>{t('ui.raterSettings.trim')}</legend>
          <Field label={t('ui.settings.trimAbove')} error={errors.trimAbove}>
            <NumberInput inputMode="numeric" testId="rater-trim" unit={t('ui.settings.unitRatings')} value={form.trimAbove} placeholder={placeholder.trimAbove} disabled={!mayUpdate} onChange={(trimAbove) => setForm({ ...form, trimAbove })} />
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t('ui.raterSettings.satisfaction')}</legend>
          <div className="form-grid">{satisfactionChoices.map((c, i) => input('satisfaction', c, domainWord(c), t('ui.settings.unitPoints'), `rater-sat-${i}`))}</div>
          {errors.satisfaction && <p className="field-error">{errors.satisfaction}</p>}
        </fieldset>
      </div>
      <fieldset>
        <legend>{t('ui.raterSettings.ballot')}</legend>
        <div className="form-grid form-grid-4">{ballotChoices.map((c, i) => input('ballot', c, domainWord(c), t('ui.settings.unitPoints'), `rater-ballot-${i}`))}</div>
        {errors.ballot && <p className="field-error">{errors.ballot}</p>}
      </fieldset>
      <ErrorLine testId="rater-settings-error" error={error} />
      <FormActions>
        <span className="muted grow" data-testid="rater-settings-own" data-own={String(own !== null)}>
          {own ? t('ui.raterSettings.hasOwn') : t('ui.raterSettings.inherits')}
        </span>
        {mayUpdate && (
          <>
            <button type="button" className="button" data-testid="rater-settings-clear" disabled={busy || !summary || own === null} onClick={() => void update(null)}>
              {t('ui.raterSettings.clear')}
            </button>
            <button type="button" className="button button-primary" data-testid="rater-settings-save" disabled={busy || !summary || !dirty || Object.keys(errors).length > 0} onClick={() => void update(patch)}>
              {t('action.save')}
            </button>
          </>
        )}
      </FormActions>
    </FormCard>
  )
}
