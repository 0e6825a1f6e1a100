import { useState } from 'react'
import { appealKinds, type Appeal, type Period } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { Dialog, DialogActions } from '../../components/dialog'
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
  const { busy, error, submit } = useSubmit()
  const needsReviewDate = kind === '申诉' && afterReview
  const ok = staffNo !== '' && /^\d{4}-\d{2}-\d{2}$/.test(filedOn) && reason.trim().length >= 2 && (!needsReviewDate || /^\d{4}-\d{2}-\d{2}$/.test(reviewDecidedOn))

  const save = async () => {
    await submit(async () => {
      const a = await rpc('appeal-add', { period: period.id, staffNo, kind, filedOn, reason: reason.trim(), ...(needsReviewDate ? { reviewDecidedOn } : {}) })
      onAdded(a)
    })
  }

  return (
    <Dialog
      title={t('ui.decide.add.title', { id: period.id })}
      testId="appeal-add-dialog"
      onClose={onClose}
      busy={busy}
      footer={<DialogActions cancelTestId="appeal-add-cancel" okTestId="appeal-add-save" busy={busy} ok={ok} label={t('action.save')} onCancel={onClose} onOk={() => void save()} />}
    >
      <div className="form">
        <label className="field">
          <span className="field-label">{t('ui.decide.add.person')}</span>
          <select data-testid="appeal-person" value={staffNo} onChange={(e) => setStaffNo(e.target.value)}>
            <option value="">{results.loading ? t('ui.loading') : t('ui.decide.add.choosePerson')}</option>
            {people.map((p) => (
              <option key={p.staffNo} value={p.staffNo}>
                {t('ui.decide.add.personOption', { staffNo: p.staffNo, name: p.name, department: p.department, grade: p.grade })}
              </option>
            ))}
          </select>
        </label>
        <div className="form-grid">
          <label className="field">
            <span className="field-label">{t('ui.decide.add.kind')}</span>
            <select data-testid="appeal-kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
              {appealKinds.map((k) => (
                <option key={k} value={k}>
                  {t(k === '复核' ? 'ui.decide.kind.review' : 'ui.decide.kind.appeal')}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">{t('ui.decide.add.filedOn')}</span>
            <input type="date" data-testid="appeal-filed" value={filedOn} onChange={(e) => setFiledOn(e.target.value)} />
          </label>
        </div>
        {kind === '申诉' && (
          <div className="form-grid">
            <label className="field field-check">
              <input type="checkbox" data-testid="appeal-after-review" checked={afterReview} onChange={(e) => setAfterReview(e.target.checked)} />
              <span>{t('ui.decide.add.afterReview')}</span>
            </label>
            {afterReview && (
              <label className="field">
                <span className="field-label">{t('ui.decide.add.reviewDecidedOn')}</span>
                <input type="date" data-testid="appeal-review-decided" value={reviewDecidedOn} onChange={(e) => setReviewDecidedOn(e.target.value)} />
              </label>
            )}
          </div>
        )}
        <p className="field-help">{t(kind === '复核' ? 'ui.decide.add.helpReview' : afterReview ? 'ui.decide.add.helpAppealAfter' : 'ui.decide.add.helpAppealDirect')}</p>
        <label className="field">
          <span className="field-label">{t('ui.decide.add.reason')}</span>
          <textarea data-testid="appeal-reason" rows={4} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        {error && (
          <div className="banner banner-bad" role="alert" data-testid="appeal-add-error">
            {error}
          </div>
        )}
      </div>
    </Dialog>
  )
}
