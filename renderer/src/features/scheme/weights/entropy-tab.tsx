import { useState } from 'react'
import type { EntropyResult } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { LoadError } from '../../../components/page'
import { ProgressBar } from '../../../components/progress-bar'
import { rpc, type RpcFailure } from '../../../lib/rpc'
import { asFailure, useRpcQuery } from '../../../lib/use-rpc'
import type { ProgressEvent } from '../../../../../shared/contract'
import { WeightsTable } from './ahp-tab'
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
  const [busy, setBusy] = useState(false)
  const [progress, setProgress] = useState<ProgressEvent | null>(null)
  const [error, setError] = useState<RpcFailure | null>(null)
  const list = periods.data ?? []
  const chosen = period || list[0]?.id || ''

  const run = async () => {
    setBusy(true)
    setError(null)
    onResult(null)
    try {
      onResult(await rpc('weights-entropy', { name: scheme.name, version: scheme.version, parentCode: parent, period: chosen }, { onProgress: setProgress }))
    } catch (e) {
      setError(asFailure(e))
    } finally {
      setBusy(false)
      setProgress(null)
    }
  }

  // the backend weighs the children it scores (not 加减分 / 否决): show them in the dialog's order
  const weights = result ? criteria.map((c) => result.weights[result.children.findIndex((x) => x.code === c.code)] ?? 0) : []
  const entropy = result ? criteria.map((c) => result.entropy[result.children.findIndex((x) => x.code === c.code)] ?? 0) : []

  return (
    <div className="entropy-tab" data-testid="entropy-tab">
      <p className="muted">{t('ui.entropy.explain')}</p>
      <div className="toolbar">
        <label className="field field-inline">
          <span className="field-label">{t('ui.period.label')}</span>
          <select data-testid="entropy-period" value={chosen} onChange={(e) => setPeriod(e.target.value)} disabled={list.length === 0}>
            {list.length === 0 && <option value="">{t('ui.period.none')}</option>}
            {list.map((p) => (
              <option key={p.id} value={p.id}>
                {p.id} {p.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button button-primary" data-testid="entropy-run" disabled={!chosen || busy} onClick={() => void run()}>
          {busy ? t('ui.working') : t('ui.entropy.run')}
        </button>
      </div>
      {busy && progress && <ProgressBar event={progress} />}
      {periods.error && <LoadError error={periods.error} onRetry={periods.reload} />}
      {error && (
        <div className="banner banner-bad" role="alert" data-testid="entropy-error">
          <p>{error.message}</p>
        </div>
      )}
      {result && (
        <>
          <p data-testid="entropy-summary">{t('ui.entropy.summary', { period: result.period, n: result.n })}</p>
          <WeightsTable criteria={criteria} weights={weights} testPrefix="entropy-weight" extra={{ label: t('ui.entropy.entropy'), values: entropy }} />
        </>
      )}
    </div>
  )
}
