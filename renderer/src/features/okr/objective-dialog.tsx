import { useMemo, useState } from 'react'
import type { Department, ObjectiveView, Person } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { FormDialog } from '../../components/dialog'
import { Field } from '../../components/field'
import { NumberInput, Select, TextArea, TextInput } from '../../components/inputs'
import { rpc } from '../../lib/rpc'
import { useSubmit } from '../../lib/use-submit'
import { isoToday } from '../notice/dates'
import { WindowFields } from './window-fields'

const DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * 新增 / 编辑目标: the title, whose it is (a person by staff number, shown with the name the roster
 * has, or a department), the window, a weight and a note. The backend checks it all again.
 */
export function ObjectiveDialog({
  objective,
  people,
  departments,
  onSaved,
  onClose,
}: {
  objective?: ObjectiveView
  people: readonly Person[]
  departments: readonly Department[]
  onSaved(o: ObjectiveView): void
  onClose(): void
}) {
  const year = isoToday().slice(0, 4)
  const [title, setTitle] = useState(objective?.title ?? '')
  const [ownerKind, setOwnerKind] = useState<'person' | 'department'>(objective?.owner.kind ?? 'person')
  const [staffNo, setStaffNo] = useState(objective?.owner.kind === 'person' ? objective.owner.staffNo : '')
  const [department, setDepartment] = useState(objective?.owner.kind === 'department' ? objective.owner.department : '')
  const [startDate, setStartDate] = useState(objective?.startDate ?? `${year}-01-01`)
  const [dueDate, setDueDate] = useState(objective?.dueDate ?? `${year}-12-31`)
  const [weight, setWeight] = useState(String(objective?.weight ?? 1))
  const [note, setNote] = useState(objective?.note ?? '')
  const saving = useSubmit()

  const person = useMemo(() => people.find((p) => p.staffNo === staffNo.trim()) ?? null, [people, staffNo])
  const weightValue = Number(weight)
  const datesOk = DATE.test(startDate) && DATE.test(dueDate) && dueDate >= startDate
  const ownerOk = ownerKind === 'person' ? staffNo.trim() !== '' : department !== ''
  const ok = title.trim() !== '' && ownerOk && datesOk && Number.isFinite(weightValue) && weightValue > 0

  const save = async () => {
    await saving.submit(async () => {
      const saved = await rpc('okr-objective-save', {
        ...(objective ? { id: objective.id } : {}),
        title: title.trim(),
        ...(ownerKind === 'person' ? { ownerStaffNo: staffNo.trim() } : { ownerDepartment: department }),
        startDate,
        dueDate,
        weight: weightValue,
        note: note.trim() || null,
      })
      onSaved(saved)
    })
  }

  return (
    <FormDialog title={objective ? t('ui.okr.objective.editTitle') : t('ui.okr.objective.addTitle')} testId="okr-objective-dialog" onClose={onClose} submit={saving} action={{ label: t('action.save'), ok, onOk: save }}>
      <div className="form">
        <Field label={t('ui.okr.objective.title')}>
          <TextInput testId="okr-objective-title" maxLength={200} placeholder={t('ui.okr.objective.titlePlaceholder')} value={title} autoFocus onChange={setTitle} />
        </Field>
        <Field label={t('ui.okr.objective.ownerKind')} group>
          <span className="okr-owner-kind" role="radiogroup" aria-label={t('ui.okr.objective.ownerKind')}>
            {(['person', 'department'] as const).map((k) => (
              <label key={k} className="field-inline">
                <input type="radio" name="okr-owner-kind" data-testid={`okr-owner-kind-${k}`} checked={ownerKind === k} onChange={() => setOwnerKind(k)} />
                {t(k === 'person' ? 'ui.okr.objective.ownerPerson' : 'ui.okr.objective.ownerDepartment')}
              </label>
            ))}
          </span>
        </Field>
        {ownerKind === 'person' ? (
          <Field label={t('ui.okr.objective.staffNo')}>
            <TextInput testId="okr-owner-staff-no" maxLength={50} value={staffNo} onChange={setStaffNo} />
            {staffNo.trim() !== '' && (
              <span className={person ? 'field-help' : 'field-error'} data-testid="okr-owner-person" data-found={person !== null}>
                {person ? t('ui.okr.objective.staffNoMatch', { name: person.name, department: person.department }) : t('ui.okr.objective.staffNoNone', { staffNo: staffNo.trim() })}
              </span>
            )}
          </Field>
        ) : (
          <Field label={t('ui.okr.objective.department')}>
            <Select testId="okr-owner-department" value={department} options={departments.map((d) => d.path)} empty={t('ui.okr.objective.chooseDepartment')} onChange={setDepartment} />
          </Field>
        )}
        <WindowFields of="objective" start={startDate} due={dueDate} bad={!datesOk} onStart={setStartDate} onDue={setDueDate} />
        <Field label={t('ui.okr.objective.weight')} help={t('ui.okr.objective.weightHelp')}>
          <NumberInput spinner min={0} step="any" testId="okr-objective-weight" invalid={!(weightValue > 0)} value={weight} onChange={setWeight} />
        </Field>
        <Field label={t('ui.okr.objective.note')}>
          <TextArea testId="okr-objective-note" rows={2} maxLength={2000} value={note} onChange={setNote} />
        </Field>
      </div>
    </FormDialog>
  )
}
