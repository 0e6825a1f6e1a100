import { useState } from 'react'
import { t } from '../../../../shared/i18n'
import { FormDialog } from '../../components/dialog'
import { Field } from '../../components/field'
import { TextInput } from '../../components/inputs'
import { rpc } from '../../lib/rpc'
import { useSubmit } from '../../lib/use-submit'

/** A new, empty scheme (a draft, version 1) to build row by row in the editor. */
export function SchemeCreateDialog({ existing, onClose, onCreated }: { existing: string[]; onClose(): void; onCreated(name: string): void }) {
  const [name, setName] = useState('')
  const saving = useSubmit()
  const trimmed = name.trim()
  const taken = existing.includes(trimmed)
  const ok = trimmed !== '' && !taken
  const create = () =>
    saving.submit(async () => {
      await rpc('scheme-create', { name: trimmed })
      onCreated(trimmed)
      onClose()
    })
  return (
    <FormDialog title={t('ui.schemeCreate.title')} testId="scheme-create-dialog" onClose={onClose} submit={saving} action={{ label: t('action.create'), ok, onOk: create, testId: 'scheme-create-confirm' }}>
      <Field label={t('ui.scheme.name')} error={taken && t('ui.scheme.nameExists', { name: trimmed })} help={t('ui.schemeCreate.help')}>
        <TextInput
          testId="scheme-create-name"
          value={name}
          maxLength={100}
          placeholder={t('ui.scheme.namePlaceholder')}
          invalid={taken}
          onChange={setName}
          onKeyDown={(e) => e.key === 'Enter' && ok && void create()}
          autoFocus
        />
      </Field>
    </FormDialog>
  )
}
