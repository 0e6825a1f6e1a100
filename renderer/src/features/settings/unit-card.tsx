import { useEffect, useState } from 'react'
import { creditCodeMessage, type UnitInfo } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { Field, FormActions, FormCard } from '../../components/field'
import { TextInput } from '../../components/inputs'
import { useNotify } from '../../components/notify'
import { useMayCall } from '../../lib/route-access'
import { rpc } from '../../lib/rpc'
import { useRpcQuery } from '../../lib/use-rpc'
import { useSubmit } from '../../lib/use-submit'

const blank: UnitInfo = { name: '', parent: '', creditCode: '' }

function problems(unit: UnitInfo): Partial<Record<keyof UnitInfo, string>> {
  const found: Partial<Record<keyof UnitInfo, string>> = {}
  if (unit.name.trim() === '') found.name = t('unit.input.nameMissing')
  else if (unit.name.trim().length > 100) found.name = t('unit.input.nameTooLong')
  if (unit.parent.trim().length > 100) found.parent = t('unit.input.parentTooLong')
  const code = creditCodeMessage(unit.creditCode)
  if (code) found.creditCode = code
  return found
}

/** 本单位: the name every export's title and 说明 carry, its 上级单位 and 统一社会信用代码. */
export function UnitCard() {
  const notify = useNotify()
  const loaded = useRpcQuery('unit-get', {})
  const [unit, setUnit] = useState<UnitInfo>(blank)
  const saving = useSubmit(notify.error)
  // a reader sees the unit's details in disabled boxes, with no save
  const mayEdit = useMayCall('unit-set')
  useEffect(() => {
    if (loaded.data) setUnit(loaded.data)
  }, [loaded.data])
  const dirty = loaded.data !== undefined && JSON.stringify(unit) !== JSON.stringify(loaded.data)
  const errors = problems(unit)
  // an empty name on a fresh database is not yet a mistake: it is said only once something is typed
  const shownErrors = dirty ? errors : {}

  const save = () =>
    saving.submit(async () => {
      const saved = await rpc('unit-set', unit)
      setUnit(saved)
      loaded.reload()
      notify.success(t('unit.card.saved', { name: saved.name }))
    })

  const box = (key: keyof UnitInfo, label: string, help?: string) => (
    <Field label={label} help={help} error={shownErrors[key]} errorTestId={`unit-${key}-error`}>
      <TextInput testId={`unit-${key}`} value={unit[key]} disabled={!mayEdit} invalid={Boolean(shownErrors[key])} onChange={(v) => setUnit({ ...unit, [key]: v })} />
    </Field>
  )

  return (
    <FormCard title={t('unit.card.title')} testId="unit-card" onSubmit={mayEdit ? () => void save() : undefined}>
      <p className="field-help">{t('unit.card.help')}</p>
      <div className="form-grid">
        {box('name', t('unit.card.name'))}
        {box('parent', t('unit.card.parent'), t('unit.card.optional'))}
        {box('creditCode', t('unit.card.creditCode'), t('unit.card.optional'))}
      </div>
      {mayEdit && (
        <FormActions>
          <button type="submit" className="button button-primary" data-testid="unit-save" disabled={saving.busy || !dirty || Object.keys(errors).length > 0}>
            {t('action.save')}
          </button>
        </FormActions>
      )}
    </FormCard>
  )
}
