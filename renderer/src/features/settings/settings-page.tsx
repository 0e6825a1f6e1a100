import { useEffect, useMemo, useState } from 'react'
import { defaultSettings, raterRoles } from '../../../../shared/domain/settings'
import { t } from '../../../../shared/i18n'
import { Field, FormActions, FormCard } from '../../components/field'
import { NumberInput } from '../../components/inputs'
import { useNotify } from '../../components/notify'
import { LoadError, Page } from '../../components/page'
import { useMayCall } from '../../lib/route-access'
import { rpc } from '../../lib/rpc'
import { useRpcQuery } from '../../lib/use-rpc'
import { CalendarCard } from './calendar-card'
import { DepartmentGradesCard } from './department-grades-card'
import { RaterSettingsCard } from './rater-settings-card'
import { fromForm, toForm, weightSum, type FormErrors, type SettingsForm } from './settings-form-model'
import { SystemInfoCard } from './system-info-card'
import { ExchangeCard } from './exchange-card'
import { useSubmit } from '../../lib/use-submit'
import { BackupCard } from './backups/backup-card'
import { UnitCard } from './unit-card'
import { DemoCard } from './demo-card'
import './settings.css'

const roleIds = { 领导: 'leader', 互评: 'peer', 自评: 'self', 群众: 'public' } as const

export function SettingsPage() {
  const notify = useNotify()
  // the screen is the clerk's rules and the 系统管理员's backups: each sees only the cards it may use
  const rules = useMayCall('settings-get')
  const backups = useMayCall('backup-list')
  const loaded = useRpcQuery('settings-get', rules ? {} : null)
  const [form, setForm] = useState<SettingsForm | null>(null)
  const saving = useSubmit(notify.error)
  // a role that may not change the rules reads them: the boxes are shown disabled, with no buttons
  const mayUpdate = useMayCall('settings-update')
  const mayGrades = useMayCall('department-grades-list')
  const exchanges = useMayCall('exchange-key-get')
  const unit = useMayCall('unit-get')
  const demo = useMayCall('demo-open')

  useEffect(() => {
    if (loaded.data) setForm(toForm(loaded.data))
  }, [loaded.data])

  const { errors } = useMemo(() => (form ? fromForm(form) : { errors: {} as FormErrors }), [form])
  const dirty = form !== null && loaded.data !== undefined && JSON.stringify(form) !== JSON.stringify(toForm(loaded.data))
  const hasErrors = Object.keys(errors).length > 0

  const save = () =>
    saving.submit(async () => {
      if (!form) return
      const { settings } = fromForm(form)
      if (!settings) return
      const saved = await rpc('settings-update', settings)
      setForm(toForm(saved))
      loaded.reload()
      notify.success(t('ui.settings.saved'))
    })

  const field = (key: Exclude<keyof SettingsForm, 'roleWeights'>, label: string, unit: string, help?: string) =>
    form && (
      <Field label={label} error={errors[key]} help={help}>
        <NumberInput testId={`setting-${key}`} unit={unit} value={form[key]} disabled={!mayUpdate} invalid={Boolean(errors[key])} onChange={(v) => setForm({ ...form, [key]: v })} />
      </Field>
    )

  return (
    <Page title={t('nav.settings')} testId="page-settings">
      {loaded.error && <LoadError error={loaded.error} onRetry={loaded.reload} />}
      <div className="settings-layout">
        <div className="settings-main">
        {unit && <UnitCard />}
        {demo && <DemoCard />}
        {backups && <BackupCard />}
        {rules && <FormCard title={t('ui.settings.rules')} testId="settings-form" onSubmit={mayUpdate ? () => void save() : undefined}>
          {form && (
            <>
              <fieldset>
                <legend>{t('ui.settings.roleWeights')}</legend>
                <div className="form-grid form-grid-4">
                  {raterRoles.map((r) => (
                    <Field key={r} label={t(`ui.role.${roleIds[r]}`)} error={errors[`weight-${r}`]}>
                      <NumberInput
                        testId={`setting-weight-${roleIds[r]}`}
                        unit="%"
                        value={form.roleWeights[r]}
                        disabled={!mayUpdate}
                        invalid={Boolean(errors[`weight-${r}`])}
                        onChange={(v) => setForm({ ...form, roleWeights: { ...form.roleWeights, [r]: v } })}
                      />
                    </Field>
                  ))}
                </div>
                <p className={errors.weightsSum ? 'field-error' : 'field-help'} data-testid="settings-weights-sum" data-state={errors.weightsSum ? 'bad' : 'ok'}>
                  {errors.weightsSum ?? t('ui.settings.weightsOk', { sum: Math.round(weightSum(form) * 100) / 100 })}
                </p>
                <p className="field-help">{t('ui.settings.roleWeightsHelp')}</p>
              </fieldset>
              <fieldset>
                <legend>{t('ui.settings.aggregation')}</legend>
                <div className="form-grid">
                  {field('trimAbove', t('ui.settings.trimAbove'), t('ui.settings.unitRatings'), t('ui.settings.trimAboveHelp'))}
                  {field('bonusCap', t('ui.settings.bonusCap'), t('ui.settings.unitPoints'), t('ui.settings.bonusCapHelp'))}
                </div>
              </fieldset>
              <fieldset>
                <legend>{t('ui.settings.quarterly')}</legend>
                <div className="form-grid form-grid-4">
                  {field('good', t('ui.settings.good'), t('ui.settings.unitPoints'))}
                  {field('fair', t('ui.settings.fair'), t('ui.settings.unitPoints'))}
                  {field('poor', t('ui.settings.poor'), t('ui.settings.unitPoints'))}
                  {field('goodQuota', t('ui.settings.goodQuota'), '%')}
                </div>
                <p className="field-help">{t('ui.settings.quarterlyHelp')}</p>
              </fieldset>
              {mayUpdate && (
                <FormActions>
                  <button type="button" className="button" data-testid="settings-defaults" onClick={() => setForm(toForm(defaultSettings))}>
                    {t('ui.settings.defaults')}
                  </button>
                  <button type="button" className="button" data-testid="settings-reset" disabled={!dirty} onClick={() => loaded.data && setForm(toForm(loaded.data))}>
                    {t('ui.settings.reset')}
                  </button>
                  <button type="submit" className="button button-primary" data-testid="settings-save" disabled={saving.busy || hasErrors || !dirty}>
                    {t('action.save')}
                  </button>
                </FormActions>
              )}
            </>
          )}
        </FormCard>}
        {rules && <RaterSettingsCard />}
        {rules && <CalendarCard />}
        {/* each department's grade is read for the whole unit: no card for an account limited to some departments */}
        {rules && mayGrades && <DepartmentGradesCard />}
        </div>
        <div className="settings-side">
          <SystemInfoCard />
          {exchanges && <ExchangeCard />}
        </div>
      </div>
    </Page>
  )
}
