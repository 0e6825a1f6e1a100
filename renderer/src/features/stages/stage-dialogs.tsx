import { useState } from 'react'
import { annualGrades, quarterlyGrades, type Period, type PersonStages } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { FormDialog } from '../../components/dialog'
import { Field } from '../../components/field'
import { NumberInput, Select, TextArea } from '../../components/inputs'

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
    <FormDialog
      title={one ? t('ui.stages.selfTitle', { name: one.name, staffNo: one.staffNo }) : t('ui.stages.selfTitleMany', { n: people.length })}
      testId="stage-self-dialog"
      wide
      onClose={onClose}
      submit={{ busy }}
      action={{ label: t('action.save'), ok: !scoreError && !textError, onOk: () => onSave(text.trim(), n), testId: 'stage-self-confirm' }}
    >
      {!one && <p className="muted">{t('ui.stages.selfMany', { names: people.slice(0, 8).map((p) => p.name).join('、'), n: people.length })}</p>}
      <Field label={t('ui.stages.selfText')} help={textError}>
        <TextArea className="stage-text" testId="stage-self-text" rows={9} value={text} placeholder={one ? t('ui.stages.selfTextPlaceholder') : t('ui.stages.selfTextPlaceholderMany')} onChange={setText} />
      </Field>
      <Field label={t('ui.stages.selfScore')} narrow error={score && scoreError}>
        <NumberInput testId="stage-self-score" unit={t('ui.settings.unitPoints')} value={score} invalid={Boolean(score && scoreError)} onChange={setScore} />
      </Field>
    </FormDialog>
  )
}

/** 领导核验 for the chosen people: one 评语 and a proposed grade (both optional, the same for all chosen). */
export function LeaderDialog({ period, people, busy, onSave, onClose }: { period: Period; people: PersonStages[]; busy: boolean; onSave(comment: string, grade: string): void; onClose(): void }) {
  const one = people.length === 1 ? people[0] : null
  const [comment, setComment] = useState(one?.leader.comment ?? '')
  const [grade, setGrade] = useState(one?.leader.proposedGrade ?? '')
  const grades: readonly string[] = period.kind === 'quarter' ? quarterlyGrades : annualGrades
  return (
    <FormDialog
      title={one ? t('ui.stages.leaderTitleOne', { name: one.name }) : t('ui.stages.leaderTitle', { n: people.length })}
      testId="stage-leader-dialog"
      wide
      onClose={onClose}
      submit={{ busy }}
      action={{ label: t('ui.stages.leaderConfirm'), ok: comment.trim() !== '', onOk: () => onSave(comment.trim(), grade), testId: 'stage-leader-confirm' }}
    >
      {!one && <p className="muted">{t('ui.stages.leaderMany', { names: people.slice(0, 8).map((p) => p.name).join('、'), n: people.length })}</p>}
      <Field label={t('ui.stages.comment')}>
        <TextArea className="stage-text" testId="stage-leader-comment" rows={5} value={comment} placeholder={t('ui.stages.commentPlaceholder')} onChange={setComment} />
      </Field>
      <Field label={t('ui.stages.grade')} narrow>
        <Select testId="stage-leader-grade" value={grade} options={grades} empty={t('ui.stages.gradeNone')} onChange={setGrade} />
      </Field>
    </FormDialog>
  )
}
