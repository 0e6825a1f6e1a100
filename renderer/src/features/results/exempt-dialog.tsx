import { useState } from 'react'
import type { Exemption, ResultRow } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { FormDialog } from '../../components/dialog'
import { Field } from '../../components/field'
import { Select, TextArea } from '../../components/inputs'
import { useNotify, useToastFailure } from '../../components/notify'
import { LoadError } from '../../components/page'
import { rpc } from '../../lib/rpc'
import { useRpcQuery } from '../../lib/use-rpc'
import { useSubmit } from '../../lib/use-submit'

/** the contract's minimum for an evaluation and a reason */
const textOk = (s: string) => s.trim().length >= 2

/**
 * 容错免责 for one person: which of the indicators that apply to them, the evaluation's conclusion
 * and the reason. Saving recomputes the period (a long call, with progress and a cancel).
 */
export function ExemptDialog({ period, row, onSaved, onClose }: { period: string; row: ResultRow; onSaved(e: Exemption): void; onClose(): void }) {
  const notify = useNotify()
  const explained = useRpcQuery('results-explain', { period, staffNo: row.staffNo })
  const [indicator, setIndicator] = useState('')
  const [evaluation, setEvaluation] = useState('')
  const [reason, setReason] = useState('')
  const saving = useSubmit(useToastFailure())
  const choices = (explained.data?.indicators ?? []).filter((i) => i.applicable && !i.exempted).map((i) => ({ value: i.code, label: `${'\u3000'.repeat(i.depth)}${i.code} ${i.name}` }))
  const ok = indicator !== '' && textOk(evaluation) && textOk(reason)

  const save = () =>
    saving.submit(async (call) => {
      const saved = await rpc('exemptions-add', { period, staffNo: row.staffNo, indicator, evaluation: evaluation.trim(), reason: reason.trim() }, call)
      notify.success(t('ui.exempt.saved', { name: saved.name, indicator: saved.indicatorName }))
      onSaved(saved)
    })

  return (
    <FormDialog
      title={t('ui.exempt.title', { name: row.name, staffNo: row.staffNo })}
      testId="exempt-dialog"
      onClose={onClose}
      submit={saving}
      action={{ label: t('ui.exempt.save'), ok, onOk: save }}
      progressLabel={t('ui.exempt.recomputing')}
    >
      {explained.error && <LoadError error={explained.error} onRetry={explained.reload} />}
      <p className="hint">{t('ui.exempt.effect')}</p>
      <Field label={t('ui.exempt.indicator')}>
        <Select testId="exempt-indicator" value={indicator} disabled={explained.loading} options={choices} empty={explained.loading ? t('ui.loading') : t('ui.exempt.choose')} onChange={setIndicator} />
      </Field>
      <Field label={t('ui.exempt.evaluation')} help={t('ui.exempt.evaluationHelp')}>
        <TextArea testId="exempt-evaluation" rows={3} required value={evaluation} onChange={setEvaluation} />
      </Field>
      <Field label={t('ui.exempt.reason')}>
        <TextArea testId="exempt-reason" rows={3} required value={reason} onChange={setReason} />
      </Field>
    </FormDialog>
  )
}
