import { useState } from 'react'
import type { CustomCellEditorProps } from 'ag-grid-react'
import { t } from '../../../../../shared/i18n'
import { Field, FormActions } from '../../../components/field'
import { Checkbox, TextInput } from '../../../components/inputs'
import { splitScope } from './paste'
import { editorOf } from './editor-context'
import type { EditorRow } from './editor-rows'

/**
 * The scope of an individual (个性) indicator: tick the roster's position classes and departments,
 * or type others (separated by 、). The value is the list.
 */
export function ScopeEditor(props: CustomCellEditorProps<EditorRow, string[]>) {
  const ctx = editorOf(props.context)
  const { positionClasses, departments } = ctx?.suggestions() ?? { positionClasses: [], departments: [] }
  const known = new Set([...positionClasses, ...departments])
  const initial = props.value ?? []
  const [chosen, setChosen] = useState<string[]>(initial)
  const [other, setOther] = useState(initial.filter((s) => !known.has(s)).join(t('ui.listSeparator')))

  const update = (list: string[], otherText: string) => {
    const merged = [...list.filter((s) => known.has(s)), ...splitScope(otherText)]
    props.onValueChange([...new Set(merged)])
  }
  const toggle = (s: string) => {
    const next = chosen.includes(s) ? chosen.filter((x) => x !== s) : [...chosen, s]
    setChosen(next)
    update(next, other)
  }
  const group = (title: string, values: string[], testId: string) => (
    <fieldset className="scope-group" data-testid={testId}>
      <legend>{title}</legend>
      {values.length === 0 && <span className="muted small">{t('ui.schemeEdit.scopeNoSuggestions')}</span>}
      {values.map((v) => (
        <Checkbox key={v} className="scope-option" testId={`scope-option-${v}`} checked={chosen.includes(v)} onChange={() => toggle(v)} label={v} />
      ))}
    </fieldset>
  )
  return (
    <div className="scope-editor" data-testid="scope-editor">
      {group(t('ui.person.positionClass'), positionClasses, 'scope-classes')}
      {group(t('ui.person.department'), departments, 'scope-departments')}
      <Field label={t('ui.schemeEdit.scopeOther')}>
        <TextInput
          testId="scope-other"
          value={other}
          onChange={(text) => {
            setOther(text)
            update(chosen, text)
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') props.stopEditing()
          }}
        />
      </Field>
      <FormActions>
        <button type="button" className="button button-small button-primary" data-testid="scope-done" onClick={() => props.stopEditing()}>
          {t('ui.schemeEdit.scopeDone')}
        </button>
      </FormActions>
    </div>
  )
}
