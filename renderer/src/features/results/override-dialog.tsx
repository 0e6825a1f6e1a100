import { useState } from 'react'
import type { PeriodKind, ResultRow } from '../../../../shared/contract'
import { decidableGradesFor } from '../../../../shared/domain/decidable-grades'
import { t } from '../../../../shared/i18n'
import { Dialog, DialogActions } from '../../components/dialog'
import { useNotify } from '../../components/notify'
import { rpc } from '../../lib/rpc'
import { fixed2 } from '../../lib/format'
import { FlagBadges } from './flag-badges'
import { GradeChip } from './grade-chip'

/** the contract's minimum: a reason is what the audit and the person affected will read */
const reasonOk = (s: string) => s.trim().length >= 2

/** What the committee weighs before deciding: total, proposal, current grade and every flag with its text. */
function Situation({ row }: { row: ResultRow }) {
  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t('ui.results.total')}</dt>
          <dd>{fixed2(row.total)}</dd>
        </div>
        <div>
          <dt>{t('ui.results.rank')}</dt>
          <dd>{row.rank ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('ui.override.proposal')}</dt>
          <dd data-testid="override-proposal" data-grade={row.proposedGrade}>
            <GradeChip grade={row.proposedGrade} />
          </dd>
        </div>
        <div>
          <dt>{t('ui.override.current')}</dt>
          <dd>
            <GradeChip grade={row.grade} />
          </dd>
        </div>
      </dl>
      {(row.flags.length > 0 || row.exempted.length > 0) && (
        <section className="override-flags" data-testid="override-flags">
          <h3>{t('ui.override.flags')}</h3>
          <FlagBadges flags={row.flags} exempted={row.exempted} />
          <ul className="plain-list">
            {row.flags.map((f, i) => (
              <li key={i}>{f.text}</li>
            ))}
            {row.exempted.length > 0 && <li>{t('ui.res.exemptedTip', { names: row.exempted.join(t('ui.noteSeparator')) })}</li>}
          </ul>
        </section>
      )}
    </>
  )
}

/** 改定等次: the committee's grade in place of the proposal, only with a reason. */
export function OverrideDialog({ period, kind, row, onSaved, onClose }: { period: string; kind: PeriodKind; row: ResultRow; onSaved(row: ResultRow): void; onClose(): void }) {
  const notify = useNotify()
  const grades = decidableGradesFor(kind)
  const [grade, setGrade] = useState<string>(row.grade !== row.proposedGrade ? row.grade : '')
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const chosen = grades.find((g) => g === grade)
  const save = async () => {
    if (!chosen) return
    setBusy(true)
    try {
      const saved = await rpc('result-override', { period, staffNo: row.staffNo, grade: chosen, reason: reason.trim() })
      notify.success(t('ui.override.saved', { name: saved.name, grade: saved.grade }))
      onSaved(saved)
    } catch (e) {
      notify.error(e)
      setBusy(false)
    }
  }
  return (
    <Dialog
      title={t('ui.override.title', { name: row.name, staffNo: row.staffNo })}
      testId="override-dialog"
      busy={busy}
      onClose={onClose}
      footer={<DialogActions cancelTestId="override-cancel" okTestId="override-save" busy={busy} ok={Boolean(chosen) && reasonOk(reason)} label={t('ui.override.save')} onCancel={onClose} onOk={() => void save()} />}
    >
      <Situation row={row} />
      <label className="field field-narrow">
        <span className="field-label">{t('ui.override.grade')}</span>
        <select data-testid="override-grade" value={grade} onChange={(e) => setGrade(e.target.value)}>
          <option value="" disabled>
            —
          </option>
          {grades.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">{t('ui.override.reason')}</span>
        <textarea data-testid="override-reason" rows={4} required value={reason} onChange={(e) => setReason(e.target.value)} />
        <span className="field-help">{t('ui.override.reasonHelp')}</span>
      </label>
    </Dialog>
  )
}

/** 撤销改定: back to the proposed grade, also with a reason (the audit keeps both decisions). */
export function OverrideRemoveDialog({ period, row, onSaved, onClose }: { period: string; row: ResultRow; onSaved(row: ResultRow): void; onClose(): void }) {
  const notify = useNotify()
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const save = async () => {
    setBusy(true)
    try {
      const saved = await rpc('result-override-remove', { period, staffNo: row.staffNo, reason: reason.trim() })
      notify.success(t('ui.override.removed', { name: saved.name, grade: saved.grade }))
      onSaved(saved)
    } catch (e) {
      notify.error(e)
      setBusy(false)
    }
  }
  return (
    <Dialog
      title={t('ui.override.removeTitle', { name: row.name, staffNo: row.staffNo })}
      testId="override-remove-dialog"
      busy={busy}
      onClose={onClose}
      footer={<DialogActions cancelTestId="override-remove-cancel" okTestId="override-remove-confirm" busy={busy} ok={reasonOk(reason)} label={t('ui.override.remove')} danger onCancel={onClose} onOk={() => void save()} />}
    >
      <p>{t('ui.override.removeText', { grade: row.proposedGrade })}</p>
      <label className="field">
        <span className="field-label">{t('ui.override.removeReason')}</span>
        <textarea data-testid="override-remove-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
    </Dialog>
  )
}
