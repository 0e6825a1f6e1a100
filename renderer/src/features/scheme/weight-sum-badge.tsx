import { t } from '../../../../shared/i18n'
import { percent } from '../../lib/format'
import type { WeightSum } from '../../../../shared/domain/weight-sums'

/** The badge's text: the total and whether it is right (✓ at 100 %, ✗ otherwise). */
export function weightSumText(sum: WeightSum, label?: string): string {
  return `${label ? `${label} ` : ''}${percent(sum.sum)}%${sum.ok ? ' ✓' : ' ✗'}`
}

/** A parent's children's weight total: green at 100 %, red otherwise (data-state for tests and screen readers). */
export function WeightSumBadge({ sum, label }: { sum: WeightSum; label?: string }) {
  return (
    <span
      className={sum.ok ? 'chip chip-ok weight-sum' : 'chip chip-bad weight-sum'}
      data-testid={`weight-sum-${sum.parent}`}
      data-state={sum.ok ? 'ok' : 'bad'}
      data-sum={sum.sum}
      title={sum.ok ? t('ui.scheme.sumOk') : t('ui.scheme.sumBad')}
    >
      {weightSumText(sum, label)}
    </span>
  )
}
