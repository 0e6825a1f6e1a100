import { useState } from 'react'
import { annualGrades, MAX_STAGE_ATTACHMENT_BYTES, MAX_STAGE_ATTACHMENT_MB, quarterlyGrades, type Period, type PersonStages } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { domainWord } from '../../../../shared/i18n/domain-words'
import { FormDialog } from '../../components/dialog'
import { Field } from '../../components/field'
import { FileButton } from '../../components/file-button'
import { Select, TextArea, TextInput } from '../../components/inputs'
import { readFileInput } from '../../lib/files'

/** What the 述职 dialog sends: the text, the date, and for one person a new attachment (null removes it, undefined keeps it). */
export interface SelfReport {
  text: string
  date: string
  attachment?: { fileName: string; dataBase64: string } | null
}

function sizeText(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

function today(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/**
 * 个人述职: the 述职 record — its text, the day it was given and, for one person, an attachment. For
 * several chosen people (paper reports handed in) the same note and date are recorded for each. No
 * self-score: that is the imported 自评 rating.
 */
export function SelfReportDialog({ people, busy, onSave, onDownload, onClose }: { people: PersonStages[]; busy: boolean; onSave(report: SelfReport): void; onDownload(p: PersonStages): void; onClose(): void }) {
  const one = people.length === 1 ? people[0] : null
  const [text, setText] = useState(one?.self.text ?? '')
  const [date, setDate] = useState(one?.self.date ?? today())
  const [file, setFile] = useState<File | null | undefined>(undefined)
  const [reading, setReading] = useState(false)
  const stored = one?.self.attachment ?? null
  const tooLarge = file ? file.size > MAX_STAGE_ATTACHMENT_BYTES : false
  const dateOk = /^\d{4}-\d{2}-\d{2}$/.test(date.trim()) && !Number.isNaN(Date.parse(date.trim()))
  const why = text.trim() === '' ? t('ui.stages.saveWhy.text') : !dateOk ? t('ui.stages.saveWhy.date') : tooLarge ? t('ui.stages.saveWhy.file') : null
  const save = async () => {
    if (file === undefined || file === null) return onSave({ text: text.trim(), date: date.trim(), ...(file === null ? { attachment: null } : {}) })
    setReading(true)
    try {
      const input = await readFileInput(file)
      // the browser reads the bytes; a path is only what the CLI sends
      if ('dataBase64' in input) onSave({ text: text.trim(), date: date.trim(), attachment: { fileName: input.fileName, dataBase64: input.dataBase64 } })
    } finally {
      setReading(false)
    }
  }
  return (
    <FormDialog
      title={one ? t('ui.stages.selfTitle', { name: one.name, staffNo: one.staffNo }) : t('ui.stages.selfTitleMany', { n: people.length })}
      testId="stage-self-dialog"
      wide
      onClose={onClose}
      submit={{ busy: busy || reading }}
      action={{ label: t('action.save'), ok: why === null, why, onOk: () => void save(), testId: 'stage-self-confirm' }}
    >
      {!one && (
        <p className="muted" data-user-text>
          {t('ui.stages.selfManyText', { names: people.slice(0, 8).map((p) => p.name).join('、'), n: people.length })}
        </p>
      )}
      <Field label={t('ui.stages.selfText')} help={text.trim() === '' ? t('ui.stages.selfTextRequired') : null}>
        <TextArea className="stage-text" testId="stage-self-text" rows={8} value={text} placeholder={one ? t('ui.stages.selfTextPlaceholder') : t('ui.stages.selfTextPlaceholderMany')} onChange={setText} />
      </Field>
      <Field label={t('ui.stages.selfDate')} narrow error={dateOk ? null : t('ui.stages.selfDateFormat')}>
        <TextInput testId="stage-self-date" value={date} placeholder="2026-03-28" invalid={!dateOk} onChange={setDate} />
      </Field>
      <Field label={t('ui.stages.selfAttachment')} error={tooLarge && file ? t('ui.stages.attachmentTooLarge', { file: file.name, size: sizeText(file.size), limit: MAX_STAGE_ATTACHMENT_MB }) : null}>
        {one ? (
          <span className="stage-attachment">
            <span className="muted" data-testid="stage-self-attachment" data-user-text>
              {file ? t('ui.stages.attachmentNew', { file: file.name, size: sizeText(file.size) }) : stored && file === undefined ? t('ui.stages.attachmentStored', { file: stored.fileName, size: sizeText(stored.size) }) : t('ui.stages.attachmentNone')}
            </span>
            {one && stored && file === undefined && (
              <button type="button" className="button button-small" data-testid="stage-self-file-download" onClick={() => onDownload(one)}>
                {t('ui.stages.attachmentDownload')}
              </button>
            )}
            <FileButton label={t('ui.stages.attachmentChoose')} testId="stage-self-file" accept="" onFile={setFile} />
            {(file || (stored && file === undefined)) && (
              <button type="button" className="button button-small" data-testid="stage-self-file-remove" onClick={() => setFile(stored ? null : undefined)}>
                {t('ui.stages.attachmentRemove')}
              </button>
            )}
          </span>
        ) : (
          <span className="muted">{t('ui.stages.attachmentManyNo')}</span>
        )}
      </Field>
      <p className="muted small">{t('ui.stages.selfScoreIsRating')}</p>
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
      action={{ label: t('ui.stages.leaderConfirm'), ok: comment.trim() !== '', why: t('ui.stages.saveWhy.comment'), onOk: () => onSave(comment.trim(), grade), testId: 'stage-leader-confirm' }}
    >
      {!one && <p className="muted" data-user-text>{t('ui.stages.leaderMany', { names: people.slice(0, 8).map((p) => p.name).join('、'), n: people.length })}</p>}
      <Field label={t('ui.stages.comment')}>
        <TextArea className="stage-text" testId="stage-leader-comment" rows={5} value={comment} placeholder={t('ui.stages.commentPlaceholder')} onChange={setComment} />
      </Field>
      <Field label={t('ui.stages.grade')} narrow>
        <Select testId="stage-leader-grade" value={grade} options={grades.map((g) => ({ value: g, label: domainWord(g) }))} empty={t('ui.stages.gradeNone')} onChange={setGrade} />
      </Field>
    </FormDialog>
  )
}
