import { t } from '../../../../../shared/i18n'
import { ROOT, weightSums } from '../../../../../shared/domain/weight-sums'
import { percent } from '../../../lib/format'
import { NumberInput } from '../../../components/inputs'
import type { Criterion } from './weights-model'
import { WeightsTable } from './weights-table'

/** 直接录入: a percentage per child, the total checked by the shared weight-sum rule as it is typed. */
export function DirectTab({ criteria, values, onChange }: { criteria: Criterion[]; values: Record<string, string>; onChange(v: Record<string, string>): void }) {
  const parsed = criteria.map((c) => ({ code: c.code, parentCode: null, weight: Number(values[c.code] ?? '') / 100 }))
  const sum = weightSums(parsed).get(ROOT)
  return (
    <div className="direct-tab" data-testid="direct-tab">
      <WeightsTable
        criteria={criteria}
        columns={[
          { label: t('ui.weights.current'), className: 'muted', cell: (c) => `${(c.weight * 100).toFixed(2)}%` },
          {
            label: t('ui.weights.newPercent'),
            cell: (c) => {
              const v = values[c.code] ?? ''
              const bad = v.trim() === '' || !Number.isFinite(Number(v)) || Number(v) < 0 || Number(v) > 100
              return <NumberInput className="direct-input" testId={`direct-${c.code}`} value={v} invalid={bad} onChange={(text) => onChange({ ...values, [c.code]: text.normalize('NFKC').replace(/[%\s]/g, '') })} />
            },
          },
        ]}
      />
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
