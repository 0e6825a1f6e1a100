import { useState } from 'react'
import type { PeriodKind, ResultRow } from '../../../../shared/contract'
import { decidableGradesFor } from '../../../../shared/domain/decidable-grades'
import { t, type MessageKey } from '../../../../shared/i18n'
import { domainWord } from '../../../../shared/i18n/domain-words'
import { FormDialog } from '../../components/dialog'
import { Facts } from '../../components/facts'
import { Field } from '../../components/field'
import { Select, TextArea } from '../../components/inputs'
import { useNotify } from '../../components/notify'
import { rpc } from '../../lib/rpc'
import { fixed2 } from '../../lib/format'
import { useSubmit } from '../../lib/use-submit'
import { FlagBadges } from './flag-badges'
import { GradeChip } from './grade-chip'

/** the contract's minimum: a reason is what the audit and the person affected will read */
const reasonOk = (s: string) => s.trim().length >= 2

/** What the committee weighs before deciding: total, proposal, current grade and every flag with its text. */
function Situation({ row }: { row: ResultRow }) {
  return (
    <>
      <Facts
        facts={[
          { label: t('ui.results.total'), value: fixed2(row.total) },
          { label: t('ui.results.rank'), value: row.rank ?? '—' },
          { label: t('ui.override.proposal'), value: <GradeChip grade={row.proposedGrade} />, valueProps: { 'data-testid': 'override-proposal', 'data-grade': row.proposedGrade } },
          { label: t('ui.override.current'), value: <GradeChip grade={row.grade} /> },
        ]}
      />
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

/** Both decisions answer the changed row: said in a toast (its name and grade now), then handed back. */
function useRowDecision(onSaved: (row: ResultRow) => void, done: MessageKey) {
  const notify = useNotify()
  const saving = useSubmit(notify.error)
  const decide = (send: () => Promise<ResultRow>) =>
    saving.submit(async () => {
      const saved = await send()
      notify.success(t(done, { name: saved.name, grade: saved.grade }))
      onSaved(saved)
    })
  return { saving, decide }
}

/** 改定等次: the committee's grade in place of the proposal, only with a reason. */
export function OverrideDialog({ period, kind, row, onSaved, onClose }: { period: string; kind: PeriodKind; row: ResultRow; onSaved(row: ResultRow): void; onClose(): void }) {
  const grades = decidableGradesFor(kind)
  const [grade, setGrade] = useState<string>(row.grade !== row.proposedGrade ? row.grade : '')
  const [reason, setReason] = useState('')
  const { saving, decide } = useRowDecision(onSaved, 'ui.override.saved')
  const chosen = grades.find((g) => g === grade)
  const ok = Boolean(chosen) && reasonOk(reason)
  const save = () => chosen && decide(() => rpc('overrides-add', { period, staffNo: row.staffNo, grade: chosen, reason: reason.trim() }))
  return (
    <FormDialog title={t('ui.override.title', { name: row.name, staffNo: row.staffNo })} testId="override-dialog" onClose={onClose} submit={saving} action={{ label: t('ui.override.save'), ok, onOk: save }}>
      <Situation row={row} />
      <Field label={t('ui.override.grade')} narrow>
        <Select testId="override-grade" value={grade} options={grades.map((g) => ({ value: g, label: domainWord(g) }))} empty={{ label: '—', disabled: true }} onChange={setGrade} />
      </Field>
      <Field label={t('ui.override.reason')} help={t('ui.override.reasonHelp')}>
        <TextArea testId="override-reason" rows={4} required value={reason} onChange={setReason} />
      </Field>
    </FormDialog>
  )
}

/** 撤销改定: back to the proposed grade, also with a reason (the audit keeps both decisions). */
export function OverrideRemoveDialog({ period, row, onSaved, onClose }: { period: string; row: ResultRow; onSaved(row: ResultRow): void; onClose(): void }) {
  const [reason, setReason] = useState('')
  const { saving, decide } = useRowDecision(onSaved, 'ui.override.removed')
  const save = () => decide(() => rpc('overrides-remove', { period, staffNo: row.staffNo, reason: reason.trim() }))
  const action = { label: t('ui.override.remove'), ok: reasonOk(reason), onOk: save, danger: true, testId: 'override-remove-confirm' }
  return (
    <FormDialog title={t('ui.override.removeTitle', { name: row.name, staffNo: row.staffNo })} testId="override-remove-dialog" onClose={onClose} submit={saving} action={action}>
      <p>{t('ui.override.removeText', { grade: row.proposedGrade })}</p>
      <Field label={t('ui.override.removeReason')}>
        <TextArea testId="override-remove-reason" rows={3} value={reason} onChange={setReason} />
      </Field>
    </FormDialog>
  )
}
