import { useMemo, useRef, useState } from 'react'
import type { Appeal, Period, ProgressEvent } from '../../../../shared/contract'
import { decidableGradesFor } from '../../../../shared/domain/decidable-grades'
import { t } from '../../../../shared/i18n'
import { kindText } from './appeal-words'
import { Dialog, DialogActions } from '../../components/dialog'
import { ProgressBar } from '../../components/progress-bar'
import { isCancelled, rpc } from '../../lib/rpc'
import { asFailure, useRpcQuery } from '../../lib/use-rpc'
import { CorrectionEditor, emptyCorrection, toCorrection, type CorrectionForm } from './correction-editor'
import { isoToday } from './dates'

type Outcome = 'upheld' | 'rejected'

/**
 * 作出决定: upheld or rejected, the day, the decision as written; an upheld appeal may carry a
 * correction, which reruns the period's computation (a long call, with progress and a cancel).
 */
export function AppealDecideDialog({ appeal, period, onDecided, onClose }: { appeal: Appeal; period: Period; onDecided(a: Appeal): void; onClose(): void }) {
  const scheme = useRpcQuery('scheme-get', { name: period.schemeName, version: period.schemeVersion })
  // a correction scores what raters score: the leaves of the indicator tree
  const leaves = useMemo(() => {
    const all = scheme.data?.indicators ?? []
    const parents = new Set(all.map((i) => i.parentCode).filter((c): c is string => c !== null))
    return all.filter((i) => !parents.has(i.code))
  }, [scheme.data])
  const [outcome, setOutcome] = useState<Outcome>('upheld')
  const [decidedOn, setDecidedOn] = useState(isoToday())
  const [decision, setDecision] = useState('')
  const [form, setForm] = useState<CorrectionForm>(emptyCorrection())
  const [progress, setProgress] = useState<ProgressEvent | null>(null)
  const [running, setRunning] = useState<AbortController | null>(null)
  const [error, setError] = useState<string | null>(null)
  const closing = useRef(false)

  const { correction, error: correctionError } = outcome === 'upheld' ? toCorrection(form) : { correction: null, error: null }
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(decidedOn) && decision.trim().length >= 2 && correctionError === null

  const save = async () => {
    const c = new AbortController()
    setRunning(c)
    setProgress(null)
    setError(null)
    try {
      const decided = await rpc(
        'appeal-decide',
        { id: appeal.id, outcome, decidedOn, decision: decision.trim(), ...(correction ? { correction } : {}) },
        { signal: c.signal, onProgress: setProgress },
      )
      closing.current = true
      onDecided(decided)
    } catch (e) {
      setError(isCancelled(e) ? t('error.cancelled') : asFailure(e).message)
    } finally {
      if (!closing.current) setRunning(null)
    }
  }

  const busy = running !== null
  return (
    <Dialog
      title={t('ui.decide.decide.title', { name: appeal.name, kind: kindText(appeal.kind) })}
      testId="appeal-decide-dialog"
      wide
      onClose={onClose}
      busy={busy}
      footer={<DialogActions cancelTestId="appeal-decide-cancel" okTestId="appeal-decide-save" busy={busy} ok={ok} label={t('ui.decide.decide.save')} onCancel={onClose} onOk={() => void save()} />}
    >
      <div className="form">
        <p className="muted">{t('ui.decide.decide.summary', { filedOn: appeal.filedOn, decideBy: appeal.deadlines?.decideBy ?? '—', reason: appeal.reason })}</p>
        <div className="form-grid">
          <label className="field">
            <span className="field-label">{t('ui.decide.decide.outcome')}</span>
            <select data-testid="appeal-outcome" value={outcome} onChange={(e) => setOutcome(e.target.value as Outcome)}>
              <option value="upheld">{t('ui.decide.outcome.upheld')}</option>
              <option value="rejected">{t('ui.decide.outcome.rejected')}</option>
            </select>
          </label>
          <label className="field">
            <span className="field-label">{t('ui.decide.decide.decidedOn')}</span>
            <input type="date" data-testid="appeal-decided-on" value={decidedOn} onChange={(e) => setDecidedOn(e.target.value)} />
          </label>
        </div>
        <label className="field">
          <span className="field-label">{t('ui.decide.decide.decision')}</span>
          <textarea data-testid="appeal-decision" rows={3} maxLength={2000} value={decision} onChange={(e) => setDecision(e.target.value)} />
        </label>
        {outcome === 'upheld' && <CorrectionEditor form={form} indicators={leaves} grades={decidableGradesFor(period.kind)} onChange={setForm} />}
        {outcome === 'upheld' && correctionError && form.kind !== 'none' && <p className="field-help">{correctionError}</p>}
        {busy && <ProgressBar testId="appeal-decide-progress" event={progress} label={t('ui.decide.decide.running')} onCancel={() => running?.abort()} />}
        {error && (
          <div className="banner banner-bad" role="alert" data-testid="appeal-decide-error">
            {error}
          </div>
        )}
      </div>
    </Dialog>
  )
}
