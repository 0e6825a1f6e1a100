import { useEffect, useMemo, useState } from 'react'
import { raterRoles } from '../../../../shared/domain/settings'
import { t } from '../../../../shared/i18n'
import { useNotify } from '../../components/notify'
import { rpc } from '../../lib/rpc'
import { asFailure, useRpcQuery } from '../../lib/use-rpc'
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
  const names = useMemo(() => [...new Set((schemes.data ?? []).map((s) => s.name))], [schemes.data])
  const [scheme, setScheme] = useState('')
  const [version, setVersion] = useState<number | null>(null)
  const [level, setLevel] = useState(SCHEME_LEVEL)
  const chosen = scheme || names[0] || ''
  const versions = useMemo(() => (schemes.data ?? []).filter((s) => s.name === chosen).sort((a, b) => b.version - a.version), [schemes.data, chosen])
  const summary = versions.find((v) => v.version === version) ?? versions[0]
  const view = useRpcQuery('rater-settings-get', summary ? { scheme: chosen, version: summary.version } : null)
  const [form, setForm] = useState<RaterForm>(emptyForm())
  const [busy, setBusy] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(null)

  const own = useMemo(() => {
    if (!view.data) return null
    return level === SCHEME_LEVEL ? view.data.scheme : (view.data.dimensions.find((d) => d.code === level)?.settings ?? null)
  }, [view.data, level])
  useEffect(() => {
    setForm(toRaterForm(own))
    setRefusal(null)
  }, [own])
  const placeholder = useMemo(() => (view.data ? inherited(view.data.unit, level === SCHEME_LEVEL ? null : view.data.scheme) : emptyForm()), [view.data, level])
  const { patch, errors } = fromRaterForm(form)
  const dirty = JSON.stringify(form) !== JSON.stringify(toRaterForm(own))
  const weightTotal = raterRoles.reduce((s, r) => s + (Number((form.weights[r] ?? '').trim() || placeholder.weights[r]) || 0), 0)

  const update = async (settings: typeof patch) => {
    if (!summary) return
    setBusy(true)
    setRefusal(null)
    try {
      await rpc('rater-settings-update', { scheme: chosen, version: summary.version, dimension: level === SCHEME_LEVEL ? null : level, settings })
      notify.success(settings ? t('ui.raterSettings.saved') : t('ui.raterSettings.cleared'))
      view.reload()
    } catch (e) {
      setRefusal(asFailure(e).message)
    } finally {
      setBusy(false)
    }
  }

  const input = (group: 'weights' | 'ballot' | 'satisfaction', key: string, label: string, unit: string, testId: string) => (
    <label className="field" key={key}>
      <span className="field-label">{label}</span>
      <span className="input-unit">
        <input
          type="text"
          inputMode="decimal"
          data-testid={testId}
          value={form[group][key] ?? ''}
          placeholder={placeholder[group][key]}
          onChange={(e) => setForm({ ...form, [group]: { ...form[group], [key]: e.target.value } })}
        />
        <span className="unit">{unit}</span>
      </span>
    </label>
  )

  return (
    <section className="card form rater-settings" data-testid="rater-settings">
      <h2 className="panel-title">{t('ui.raterSettings.title')}</h2>
      <div className="form-row">
        <label className="field">
          <span className="field-label">{t('ui.raterSettings.scheme')}</span>
          <select data-testid="rater-settings-scheme" value={chosen} onChange={(e) => (setScheme(e.target.value), setVersion(null), setLevel(SCHEME_LEVEL))}>
            {names.length === 0 && <option value="">{t('ui.scheme.none')}</option>}
            {names.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('ui.raterSettings.version')}</span>
          <select data-testid="rater-settings-version" value={summary?.version ?? ''} onChange={(e) => setVersion(Number(e.target.value))}>
            {versions.map((v) => (
              <option key={v.version} value={v.version}>
                {t(v.status === 'frozen' ? 'ui.raterSettings.versionFrozen' : 'ui.raterSettings.versionDraft', { version: v.version, period: v.frozenBy ?? '' })}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('ui.raterSettings.level')}</span>
          <select data-testid="rater-settings-level" value={level} onChange={(e) => setLevel(e.target.value)}>
            <option value={SCHEME_LEVEL}>{t('ui.raterSettings.wholeScheme')}</option>
            {(view.data?.dimensions ?? []).map((d) => (
              <option key={d.code} value={d.code}>
                {t(d.settings ? 'ui.raterSettings.dimensionSet' : 'ui.raterSettings.dimension', { code: d.code, name: d.name })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="field-help">{level === SCHEME_LEVEL ? t('ui.raterSettings.helpScheme') : t('ui.raterSettings.helpDimension')}</p>
      {summary?.status === 'frozen' && <p className="field-help text-bad">{t('ui.raterSettings.frozenNote', { period: summary.frozenBy ?? '' })}</p>}
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
          <label className="field">
            <span className="field-label">{t('ui.settings.trimAbove')}</span>
            <span className="input-unit">
              <input type="text" inputMode="numeric" data-testid="rater-trim" value={form.trimAbove} placeholder={placeholder.trimAbove} onChange={(e) => setForm({ ...form, trimAbove: e.target.value })} />
              <span className="unit">{t('ui.settings.unitRatings')}</span>
            </span>
            {errors.trimAbove && <span className="field-error">{errors.trimAbove}</span>}
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('ui.raterSettings.satisfaction')}</legend>
          <div className="form-grid form-grid-3">{satisfactionChoices.map((c, i) => input('satisfaction', c, c, t('ui.settings.unitPoints'), `rater-sat-${i}`))}</div>
          {errors.satisfaction && <p className="field-error">{errors.satisfaction}</p>}
        </fieldset>
      </div>
      <fieldset>
        <legend>{t('ui.raterSettings.ballot')}</legend>
        <div className="form-grid form-grid-4">{ballotChoices.map((c, i) => input('ballot', c, c, t('ui.settings.unitPoints'), `rater-ballot-${i}`))}</div>
        {errors.ballot && <p className="field-error">{errors.ballot}</p>}
      </fieldset>
      {refusal && (
        <div className="banner banner-bad" role="alert" data-testid="rater-settings-error">
          {refusal}
        </div>
      )}
      <div className="form-actions">
        <span className="muted grow" data-testid="rater-settings-own" data-own={String(own !== null)}>
          {own ? t('ui.raterSettings.hasOwn') : t('ui.raterSettings.inherits')}
        </span>
        <button type="button" className="button" data-testid="rater-settings-clear" disabled={busy || !summary || own === null} onClick={() => void update(null)}>
          {t('ui.raterSettings.clear')}
        </button>
        <button type="button" className="button button-primary" data-testid="rater-settings-save" disabled={busy || !summary || !dirty || Object.keys(errors).length > 0} onClick={() => void update(patch)}>
          {t('action.save')}
        </button>
      </div>
    </section>
  )
}
