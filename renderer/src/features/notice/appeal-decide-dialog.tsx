import { useMemo, useState } from 'react'
import type { Appeal, Period } from '../../../../shared/contract'
import { decidableGradesFor } from '../../../../shared/domain/decidable-grades'
import { t } from '../../../../shared/i18n'
import { kindText } from './appeal-words'
import { FormDialog } from '../../components/dialog'
import { Field } from '../../components/field'
import { DateInput, Select, TextArea } from '../../components/inputs'
import { rpc } from '../../lib/rpc'
import { useRpcQuery } from '../../lib/use-rpc'
import { useSubmit } from '../../lib/use-submit'
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
  const saving = useSubmit()

  const { correction, error: correctionError } = outcome === 'upheld' ? toCorrection(form) : { correction: null, error: null }
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(decidedOn) && decision.trim().length >= 2 && correctionError === null

  const save = () =>
    saving.submit(async (call) => {
      const decided = await rpc('appeals-decide', { id: appeal.id, outcome, decidedOn, decision: decision.trim(), ...(correction ? { correction } : {}) }, call)
      onDecided(decided)
    })

  return (
    <FormDialog
      title={t('ui.decide.decide.title', { name: appeal.name, kind: kindText(appeal.kind) })}
      testId="appeal-decide-dialog"
      wide
      onClose={onClose}
      submit={saving}
      action={{ label: t('ui.decide.decide.save'), ok, onOk: save }}
      progressLabel={t('ui.decide.decide.running')}
    >
      <div className="form">
        <p className="muted">{t('ui.decide.decide.summary', { filedOn: appeal.filedOn, decideBy: appeal.deadlines?.decideBy ?? '—', reason: appeal.reason })}</p>
        <div className="form-grid">
          <Field label={t('ui.decide.decide.outcome')}>
            <Select
              testId="appeal-outcome"
              value={outcome}
              options={[
                { value: 'upheld', label: t('ui.decide.outcome.upheld') },
                { value: 'rejected', label: t('ui.decide.outcome.rejected') },
              ]}
              onChange={setOutcome}
            />
          </Field>
          <Field label={t('ui.decide.decide.decidedOn')}>
            <DateInput testId="appeal-decided-on" value={decidedOn} onChange={setDecidedOn} />
          </Field>
        </div>
        <Field label={t('ui.decide.decide.decision')}>
          <TextArea testId="appeal-decision" rows={3} maxLength={2000} value={decision} onChange={setDecision} />
        </Field>
        {outcome === 'upheld' && <CorrectionEditor form={form} indicators={leaves} grades={decidableGradesFor(period.kind)} onChange={setForm} />}
        {outcome === 'upheld' && correctionError && form.kind !== 'none' && <p className="field-help">{correctionError}</p>}
      </div>
    </FormDialog>
  )
}
