import { t } from '../../../../../shared/i18n'
import { ROOT, weightSums } from '../../../../../shared/domain/weight-sums'
import { percent } from '../../../lib/format'
import type { Criterion } from './weights-model'

/** 直接录入: a percentage per child, the total checked by the shared weight-sum rule as it is typed. */
export function DirectTab({ criteria, values, onChange }: { criteria: Criterion[]; values: Record<string, string>; onChange(v: Record<string, string>): void }) {
  const parsed = criteria.map((c) => ({ code: c.code, parentCode: null, weight: Number(values[c.code] ?? '') / 100 }))
  const sum = weightSums(parsed).get(ROOT)
  return (
    <div className="direct-tab" data-testid="direct-tab">
      <table className="table weights-table">
        <thead>
          <tr>
            <th>{t('ui.indicator.code')}</th>
            <th>{t('ui.indicator.name')}</th>
            <th className="num">{t('ui.weights.current')}</th>
            <th className="num">{t('ui.weights.newPercent')}</th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((c) => {
            const v = values[c.code] ?? ''
            const bad = v.trim() === '' || !Number.isFinite(Number(v)) || Number(v) < 0 || Number(v) > 100
            return (
              <tr key={c.code}>
                <td className="mono">{c.code}</td>
                <td>{c.name}</td>
                <td className="num muted">{(c.weight * 100).toFixed(2)}%</td>
                <td className="num">
                  <input
                    type="text"
                    inputMode="decimal"
                    className="direct-input"
                    data-testid={`direct-${c.code}`}
                    value={v}
                    aria-invalid={bad}
                    onChange={(e) => onChange({ ...values, [c.code]: e.target.value.normalize('NFKC').replace(/[%\s]/g, '') })}
                  />
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <p className="direct-sum">
        {t('ui.weights.total')}{' '}
        {sum && (
          // not WeightSumBadge: its weight-sum-<parent> test id belongs to the tree
          <span className={sum.ok ? 'chip chip-ok weight-sum' : 'chip chip-bad weight-sum'} data-testid="direct-sum" data-state={sum.ok ? 'ok' : 'bad'}>
            {percent(sum.sum)}%{sum.ok ? ' ✓' : ' ✗'}
          </span>
        )}
      </p>
    </div>
  )
}
