import { useEffect, useState } from 'react'
import type { z } from 'zod'
import { securitySettingsSchema, type SecuritySettings } from '../../../../shared/contract'
import { t, type MessageKey } from '../../../../shared/i18n'
import { ErrorLine } from '../../components/error-line'
import { Field, FormActions, FormCard } from '../../components/field'
import { NumberInput } from '../../components/inputs'
import { useNotify } from '../../components/notify'
import { LoadError } from '../../components/page'
import { rpc } from '../../lib/rpc'
import { useRpcQuery } from '../../lib/use-rpc'
import { useSubmit } from '../../lib/use-submit'

const shape = securitySettingsSchema.shape
/** each setting: where it sits in SecuritySettings, its schema (whose range the help shows), its words */
const settings = [
  { key: 'minLength', schema: shape.password.shape.minLength, get: (s: SecuritySettings) => s.password.minLength, unit: 'ui.accounts.unit.chars' },
  { key: 'minClasses', schema: shape.password.shape.minClasses, get: (s: SecuritySettings) => s.password.minClasses, unit: 'ui.accounts.unit.classes' },
  { key: 'maxFailures', schema: shape.lockout.shape.maxFailures, get: (s: SecuritySettings) => s.lockout.maxFailures, unit: 'ui.accounts.unit.times' },
  { key: 'lockMinutes', schema: shape.lockout.shape.lockMinutes, get: (s: SecuritySettings) => s.lockout.lockMinutes, unit: 'ui.accounts.unit.minutes' },
  { key: 'idleLockMinutes', schema: shape.idleLockMinutes, get: (s: SecuritySettings) => s.idleLockMinutes, unit: 'ui.accounts.unit.minutes' },
  { key: 'sessionHours', schema: shape.sessionHours, get: (s: SecuritySettings) => s.sessionHours, unit: 'ui.accounts.unit.hours' },
] as const satisfies readonly { key: string; schema: z.ZodNumber; get(s: SecuritySettings): number; unit: MessageKey }[]

type Key = (typeof settings)[number]['key']
type Form = Record<Key, string>

const toForm = (s: SecuritySettings) => Object.fromEntries(settings.map((f) => [f.key, String(f.get(s))])) as Form
const whole = (v: string) => (/^\s*\d+\s*$/.test(v) ? Number(v) : NaN)

function fromForm(f: Form): SecuritySettings {
  return {
    password: { minLength: whole(f.minLength), minClasses: whole(f.minClasses) },
    lockout: { maxFailures: whole(f.maxFailures), lockMinutes: whole(f.lockMinutes) },
    idleLockMinutes: whole(f.idleLockMinutes),
    sessionHours: whole(f.sessionHours),
  }
}

/**
 * 安全设置 of the 系统管理员: the password policy, the lockout after wrong passwords, the idle lock and
 * how long a sign-in lasts. Each help line shows the range the contract allows; a value outside it
 * comes back refused by the backend, in its words, under the form.
 */
export function SecuritySettingsCard({ editable }: { editable: boolean }) {
  const notify = useNotify()
  const loaded = useRpcQuery('security-settings-get', {})
  const [form, setForm] = useState<Form | null>(null)
  const saving = useSubmit()
  useEffect(() => {
    if (loaded.data) setForm(toForm(loaded.data))
  }, [loaded.data])
  const dirty = form !== null && loaded.data !== undefined && JSON.stringify(form) !== JSON.stringify(toForm(loaded.data))
  const notWhole = (k: Key) => form !== null && Number.isNaN(whole(form[k]))
  // the contract's range marks the box at once; the save still goes to the backend, whose refusal is the word
  const outOfRange = (f: (typeof settings)[number]) => form !== null && !notWhole(f.key) && !f.schema.safeParse(whole(form[f.key])).success

  const save = () =>
    saving.submit(async () => {
      if (!form) return
      const saved = await rpc('security-settings-update', fromForm(form))
      setForm(toForm(saved))
      loaded.reload()
      notify.success(t('ui.accounts.security.saved'))
    })

  return (
    <FormCard title={t('ui.accounts.security.title')} testId="security-settings" className="security-card" onSubmit={() => void save()}>
      {loaded.error && <LoadError error={loaded.error} onRetry={loaded.reload} />}
      {form && (
        <>
          <div className="form-grid">
            {settings.map((f) => {
              const range = t('ui.accounts.security.range', { min: f.schema.minValue ?? '', max: f.schema.maxValue ?? '' })
              const fault = notWhole(f.key) ? t('ui.accounts.security.notWhole') : outOfRange(f) ? range : null
              return (
                <Field key={f.key} label={t(`ui.accounts.security.${f.key}`)} help={range} error={fault} errorTestId={`security-${f.key}-error`}>
                  <NumberInput
                    testId={`security-${f.key}`}
                    unit={t(f.unit)}
                    value={form[f.key]}
                    disabled={!editable}
                    invalid={fault !== null}
                    onChange={(v) => {
                      setForm({ ...form, [f.key]: v })
                      saving.clearError()
                    }}
                  />
                </Field>
              )
            })}
          </div>
          <p className="field-help">{t('ui.accounts.security.help')}</p>
          <ErrorLine testId="security-settings-error" error={saving.error} />
          {editable && (
            <FormActions>
              <button type="button" className="button" data-testid="security-settings-reset" disabled={!dirty || saving.busy} onClick={() => loaded.data && setForm(toForm(loaded.data))}>
                {t('ui.settings.reset')}
              </button>
              <button type="submit" className="button button-primary" data-testid="security-settings-save" disabled={!dirty || saving.busy || settings.some((f) => notWhole(f.key))}>
                {t('action.save')}
              </button>
            </FormActions>
          )}
        </>
      )}
    </FormCard>
  )
}
