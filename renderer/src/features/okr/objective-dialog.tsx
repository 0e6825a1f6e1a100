import { useMemo, useState } from 'react'
import type { Department, ObjectiveView, Person } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { Dialog, DialogActions } from '../../components/dialog'
import { rpc } from '../../lib/rpc'
import { useSubmit } from '../../lib/use-submit'
import { isoToday } from '../notice/dates'

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
  const { busy, error, submit } = useSubmit()

  const person = useMemo(() => people.find((p) => p.staffNo === staffNo.trim()) ?? null, [people, staffNo])
  const weightValue = Number(weight)
  const datesOk = DATE.test(startDate) && DATE.test(dueDate) && dueDate >= startDate
  const ownerOk = ownerKind === 'person' ? staffNo.trim() !== '' : department !== ''
  const ok = title.trim() !== '' && ownerOk && datesOk && Number.isFinite(weightValue) && weightValue > 0

  const save = async () => {
    await submit(async () => {
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
    <Dialog
      title={objective ? t('ui.okr.objective.editTitle') : t('ui.okr.objective.addTitle')}
      testId="okr-objective-dialog"
      onClose={onClose}
      busy={busy}
      footer={<DialogActions cancelTestId="okr-objective-cancel" okTestId="okr-objective-save" busy={busy} ok={ok} label={t('action.save')} onCancel={onClose} onOk={() => void save()} />}
    >
      <div className="form">
        <label className="field">
          <span className="field-label">{t('ui.okr.objective.title')}</span>
          <input type="text" data-testid="okr-objective-title" maxLength={200} placeholder={t('ui.okr.objective.titlePlaceholder')} value={title} autoFocus onChange={(e) => setTitle(e.target.value)} />
        </label>
        <div className="field">
          <span className="field-label">{t('ui.okr.objective.ownerKind')}</span>
          <span className="okr-owner-kind" role="radiogroup" aria-label={t('ui.okr.objective.ownerKind')}>
            {(['person', 'department'] as const).map((k) => (
              <label key={k} className="field-inline">
                <input type="radio" name="okr-owner-kind" data-testid={`okr-owner-kind-${k}`} checked={ownerKind === k} onChange={() => setOwnerKind(k)} />
                {t(k === 'person' ? 'ui.okr.objective.ownerPerson' : 'ui.okr.objective.ownerDepartment')}
              </label>
            ))}
          </span>
        </div>
        {ownerKind === 'person' ? (
          <label className="field">
            <span className="field-label">{t('ui.okr.objective.staffNo')}</span>
            <input type="text" data-testid="okr-owner-staff-no" maxLength={50} value={staffNo} onChange={(e) => setStaffNo(e.target.value)} />
            {staffNo.trim() !== '' && (
              <span className={person ? 'field-help' : 'field-error'} data-testid="okr-owner-person" data-found={person !== null}>
                {person ? t('ui.okr.objective.staffNoMatch', { name: person.name, department: person.department }) : t('ui.okr.objective.staffNoNone', { staffNo: staffNo.trim() })}
              </span>
            )}
          </label>
        ) : (
          <label className="field">
            <span className="field-label">{t('ui.okr.objective.department')}</span>
            <select data-testid="okr-owner-department" value={department} onChange={(e) => setDepartment(e.target.value)}>
              <option value="">{t('ui.okr.objective.chooseDepartment')}</option>
              {departments.map((d) => (
                <option key={d.id} value={d.path}>
                  {d.path}
                </option>
              ))}
            </select>
          </label>
        )}
        <div className="form-grid">
          <label className="field">
            <span className="field-label">{t('ui.okr.objective.start')}</span>
            <input type="date" data-testid="okr-objective-start" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
          </label>
          <label className="field">
            <span className="field-label">{t('ui.okr.objective.due')}</span>
            <input type="date" data-testid="okr-objective-due" aria-invalid={!datesOk} value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
          </label>
        </div>
        <label className="field">
          <span className="field-label">{t('ui.okr.objective.weight')}</span>
          <input type="number" min={0} step="any" data-testid="okr-objective-weight" aria-invalid={!(weightValue > 0)} value={weight} onChange={(e) => setWeight(e.target.value)} />
          <span className="field-help">{t('ui.okr.objective.weightHelp')}</span>
        </label>
        <label className="field">
          <span className="field-label">{t('ui.okr.objective.note')}</span>
          <textarea data-testid="okr-objective-note" rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        {error && (
          <div className="banner banner-bad" role="alert" data-testid="okr-objective-error">
            {error}
          </div>
        )}
      </div>
    </Dialog>
  )
}
