import { useState } from 'react'
import { appealKinds, type Appeal, type Period } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { FormDialog } from '../../components/dialog'
import { Field } from '../../components/field'
import { Checkbox, DateInput, Select, TextArea } from '../../components/inputs'
import { rpc } from '../../lib/rpc'
import { useSubmit } from '../../lib/use-submit'
import { useRpcQuery } from '../../lib/use-rpc'
import { isoToday } from './dates'

type Kind = (typeof appealKinds)[number]

/**
 * 登记复核/申诉: who, which kind, the day it was filed (and for a 申诉 after a 复核, the day that
 * decision came), and the reason. A late filing is recorded and flagged, never refused here.
 */
export function AppealAddDialog({ period, onAdded, onClose }: { period: Period; onAdded(a: Appeal): void; onClose(): void }) {
  const results = useRpcQuery('results-list', { period: period.id })
  const people = results.data?.rows ?? []
  const [staffNo, setStaffNo] = useState('')
  const [kind, setKind] = useState<Kind>('复核')
  const [afterReview, setAfterReview] = useState(false)
  const [filedOn, setFiledOn] = useState(isoToday())
  const [reviewDecidedOn, setReviewDecidedOn] = useState('')
  const [reason, setReason] = useState('')
  const saving = useSubmit()
  const needsReviewDate = kind === '申诉' && afterReview
  const ok = staffNo !== '' && /^\d{4}-\d{2}-\d{2}$/.test(filedOn) && reason.trim().length >= 2 && (!needsReviewDate || /^\d{4}-\d{2}-\d{2}$/.test(reviewDecidedOn))

  const save = async () => {
    await saving.submit(async () => {
      const a = await rpc('appeals-add', { period: period.id, staffNo, kind, filedOn, reason: reason.trim(), ...(needsReviewDate ? { reviewDecidedOn } : {}) })
      onAdded(a)
    })
  }

  return (
    <FormDialog title={t('ui.decide.add.title', { id: period.id })} testId="appeal-add-dialog" onClose={onClose} submit={saving} action={{ label: t('action.save'), ok, onOk: save }}>
      <div className="form">
        <Field label={t('ui.decide.add.person')}>
          <Select
            testId="appeal-person"
            value={staffNo}
            options={people.map((p) => ({ value: p.staffNo, label: t('ui.decide.add.personOption', { staffNo: p.staffNo, name: p.name, department: p.department, grade: p.grade }) }))}
            empty={results.loading ? t('ui.loading') : t('ui.decide.add.choosePerson')}
            onChange={setStaffNo}
          />
        </Field>
        <div className="form-grid">
          <Field label={t('ui.decide.add.kind')}>
            <Select testId="appeal-kind" value={kind} options={appealKinds.map((k) => ({ value: k, label: t(k === '复核' ? 'ui.decide.kind.review' : 'ui.decide.kind.appeal') }))} onChange={setKind} />
          </Field>
          <Field label={t('ui.decide.add.filedOn')}>
            <DateInput testId="appeal-filed" value={filedOn} onChange={setFiledOn} />
          </Field>
        </div>
        {kind === '申诉' && (
          <div className="form-grid">
            <Checkbox className="field field-check" testId="appeal-after-review" checked={afterReview} onChange={setAfterReview} label={t('ui.decide.add.afterReview')} />
            {afterReview && (
              <Field label={t('ui.decide.add.reviewDecidedOn')}>
                <DateInput testId="appeal-review-decided" value={reviewDecidedOn} onChange={setReviewDecidedOn} />
              </Field>
            )}
          </div>
        )}
        <p className="field-help">{t(kind === '复核' ? 'ui.decide.add.helpReview' : afterReview ? 'ui.decide.add.helpAppealAfter' : 'ui.decide.add.helpAppealDirect')}</p>
        <Field label={t('ui.decide.add.reason')}>
          <TextArea testId="appeal-reason" rows={4} maxLength={2000} value={reason} onChange={setReason} />
        </Field>
      </div>
    </FormDialog>
  )
}
