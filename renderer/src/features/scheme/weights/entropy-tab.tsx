import { useState } from 'react'
import type { EntropyResult } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { ErrorLine } from '../../../components/error-line'
import { Field } from '../../../components/field'
import { Select } from '../../../components/inputs'
import { LoadError } from '../../../components/page'
import { ProgressBar } from '../../../components/progress-bar'
import { rpc } from '../../../lib/rpc'
import { useRpcQuery } from '../../../lib/use-rpc'
import { useSubmit } from '../../../lib/use-submit'
import { weightColumn, WeightsTable } from './weights-table'
import type { Criterion } from './weights-model'

interface Props {
  scheme: { name: string; version: number }
  parent: string | null
  criteria: Criterion[]
  result: EntropyResult | null
  onResult(r: EntropyResult | null): void
}

/** 熵权法: the children's weights from how much a period's scores tell people apart (computed by the backend from that period). */
export function EntropyTab({ scheme, parent, criteria, result, onResult }: Props) {
  const periods = useRpcQuery('period-list', {})
  const [period, setPeriod] = useState(result?.period ?? '')
  const { busy, progress, error, submit } = useSubmit()
  const list = periods.data ?? []
  const chosen = period || list[0]?.id || ''

  const run = () =>
    submit(async (call) => {
      onResult(null)
      onResult(await rpc('weights-entropy', { name: scheme.name, version: scheme.version, parentCode: parent, period: chosen }, { onProgress: call.onProgress }))
    })

  // the backend weighs the children it scores (not 加减分 / 否决): show them in the dialog's order
  const weights = result ? criteria.map((c) => result.weights[result.children.findIndex((x) => x.code === c.code)] ?? 0) : []
  const entropy = result ? criteria.map((c) => result.entropy[result.children.findIndex((x) => x.code === c.code)] ?? 0) : []

  return (
    <div className="entropy-tab" data-testid="entropy-tab">
      <p className="muted">{t('ui.entropy.explain')}</p>
      <div className="toolbar">
        <Field label={t('ui.period.label')} inline>
          <Select
            testId="entropy-period"
            value={chosen}
            disabled={list.length === 0}
            options={list.map((p) => ({ value: p.id, label: `${p.id} ${p.name}` }))}
            empty={list.length === 0 ? t('ui.period.none') : undefined}
            onChange={setPeriod}
          />
        </Field>
        <button type="button" className="button button-primary" data-testid="entropy-run" disabled={!chosen || busy} onClick={() => void run()}>
          {busy ? t('ui.working') : t('ui.entropy.run')}
        </button>
      </div>
      {busy && progress && <ProgressBar event={progress} />}
      {periods.error && <LoadError error={periods.error} onRetry={periods.reload} />}
      <ErrorLine testId="entropy-error" error={error} />
      {result && (
        <>
          <p data-testid="entropy-summary">{t('ui.entropy.summary', { period: result.period, n: result.n })}</p>
          <WeightsTable
            criteria={criteria}
            testId="entropy-weights"
            columns={[{ label: t('ui.entropy.entropy'), cell: (_, i) => entropy[i]?.toFixed(4) }, weightColumn(t('ui.weights.weight'), weights, 'entropy-weight')]}
          />
        </>
      )}
    </div>
  )
}
