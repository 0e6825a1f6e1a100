import type { AfterNote, NoteRow } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import './note-row-choice.css'

/**
 * The table met a note or signature row (`注：…`, `制表人`) with rows below it that read like data:
 * whether they belong to the table is the clerk's call, asked here beside the preview. Until a choice
 * is made the preview refuses (an error); either choice re-runs it and shows what it then reads.
 */
export function NoteRowChoice({ noteRow, value, disabled, onChange }: { noteRow: NoteRow; value: AfterNote | undefined; disabled: boolean; onChange(v: AfterNote): void }) {
  const options: { v: AfterNote; label: string }[] = [
    { v: 'stop', label: t('ui.import.noteRow.stop', { row: noteRow.row, count: noteRow.following }) },
    { v: 'read', label: t('ui.import.noteRow.read', { row: noteRow.row, count: noteRow.following }) },
  ]
  return (
    <fieldset className={value ? 'note-row-choice' : 'note-row-choice note-row-choice-open'} data-testid="import-note-row" disabled={disabled}>
      <legend>{t('ui.import.noteRow.question', { sheet: noteRow.sheet, row: noteRow.row, count: noteRow.following })}</legend>
      {options.map((o) => (
        <label key={o.v} className="note-row-option">
          <input type="radio" name="import-after-note" data-testid={`import-after-note-${o.v}`} checked={value === o.v} onChange={() => onChange(o.v)} />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  )
}
