import { useState } from 'react'
import { annualGrades, quarterlyGrades, type Period, type PersonStages } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { Dialog, DialogActions } from '../../components/dialog'

/**
 * 个人述职: the report text and the self-score (0–100) of one person; for several chosen people (paper
 * reports handed in) the same note and score are recorded for each.
 */
export function SelfReportDialog({ people, busy, onSave, onClose }: { people: PersonStages[]; busy: boolean; onSave(text: string, score: number): void; onClose(): void }) {
  const one = people.length === 1 ? people[0] : null
  const [text, setText] = useState(one?.self.text ?? '')
  const [score, setScore] = useState(one?.self.selfScore === null || !one ? '' : String(one.self.selfScore))
  const n = Number(score.trim())
  const scoreError = score.trim() === '' ? t('ui.stages.selfScoreRequired') : !Number.isFinite(n) || n < 0 || n > 100 ? t('ui.entry.refusedRange') : null
  const textError = text.trim() === '' ? t('ui.stages.selfTextRequired') : null
  return (
    <Dialog
      title={one ? t('ui.stages.selfTitle', { name: one.name, staffNo: one.staffNo }) : t('ui.stages.selfTitleMany', { n: people.length })}
      testId="stage-self-dialog"
      wide
      busy={busy}
      onClose={onClose}
      footer={<DialogActions cancelTestId="stage-self-cancel" okTestId="stage-self-confirm" busy={busy} ok={!scoreError && !textError} label={t('action.save')} onCancel={onClose} onOk={() => onSave(text.trim(), n)} />}
    >
      {!one && <p className="muted">{t('ui.stages.selfMany', { names: people.slice(0, 8).map((p) => p.name).join('、'), n: people.length })}</p>}
      <label className="field">
        <span className="field-label">{t('ui.stages.selfText')}</span>
        <textarea className="stage-text" data-testid="stage-self-text" rows={9} value={text} placeholder={one ? t('ui.stages.selfTextPlaceholder') : t('ui.stages.selfTextPlaceholderMany')} onChange={(e) => setText(e.target.value)} />
        {textError && <span className="field-help">{textError}</span>}
      </label>
      <label className="field field-narrow">
        <span className="field-label">{t('ui.stages.selfScore')}</span>
        <span className="input-unit">
          <input type="text" inputMode="decimal" data-testid="stage-self-score" value={score} aria-invalid={Boolean(score && scoreError)} onChange={(e) => setScore(e.target.value)} />
          <span className="unit">{t('ui.settings.unitPoints')}</span>
        </span>
        {score && scoreError && <span className="field-error">{scoreError}</span>}
      </label>
    </Dialog>
  )
}

/** 领导核验 for the chosen people: one 评语 and a proposed grade (both optional, the same for all chosen). */
export function LeaderDialog({ period, people, busy, onSave, onClose }: { period: Period; people: PersonStages[]; busy: boolean; onSave(comment: string, grade: string): void; onClose(): void }) {
  const one = people.length === 1 ? people[0] : null
  const [comment, setComment] = useState(one?.leader.comment ?? '')
  const [grade, setGrade] = useState(one?.leader.proposedGrade ?? '')
  const grades: readonly string[] = period.kind === 'quarter' ? quarterlyGrades : annualGrades
  return (
    <Dialog
      title={one ? t('ui.stages.leaderTitleOne', { name: one.name }) : t('ui.stages.leaderTitle', { n: people.length })}
      testId="stage-leader-dialog"
      wide
      busy={busy}
      onClose={onClose}
      footer={<DialogActions cancelTestId="stage-leader-cancel" okTestId="stage-leader-confirm" busy={busy} ok={comment.trim() !== ''} label={t('ui.stages.leaderConfirm')} onCancel={onClose} onOk={() => onSave(comment.trim(), grade)} />}
    >
      {!one && <p className="muted">{t('ui.stages.leaderMany', { names: people.slice(0, 8).map((p) => p.name).join('、'), n: people.length })}</p>}
      <label className="field">
        <span className="field-label">{t('ui.stages.comment')}</span>
        <textarea className="stage-text" data-testid="stage-leader-comment" rows={5} value={comment} placeholder={t('ui.stages.commentPlaceholder')} onChange={(e) => setComment(e.target.value)} />
      </label>
      <label className="field field-narrow">
        <span className="field-label">{t('ui.stages.grade')}</span>
        <select data-testid="stage-leader-grade" value={grade} onChange={(e) => setGrade(e.target.value)}>
          <option value="">{t('ui.stages.gradeNone')}</option>
          {grades.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
        </select>
      </label>
    </Dialog>
  )
}
