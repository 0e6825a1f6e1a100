import { t } from '../../../../../shared/i18n'
import { Field } from '../../../components/field'
import { NumberInput } from '../../../components/inputs'
import type { Criterion } from './weights-model'
import { percentText, weightColumn, WeightsTable } from './weights-table'

interface Props {
  criteria: Criterion[]
  ahp: readonly number[] | null
  entropy: readonly number[] | null
  mixed: readonly number[] | null
  /** the AHP part, 0–100 */
  share: number
  onShare(share: number): void
}

/** 组合: "AHP 70 % + 熵权 30 %", the shared mix rule over the two results computed in their tabs. */
export function MixTab({ criteria, ahp, entropy, mixed, share, onShare }: Props) {
  return (
    <div className="mix-tab" data-testid="mix-tab">
      <div className="toolbar">
        <Field label={t('ui.mix.ahpShare')} inline>
          <input
            type="range"
            min={0}
            max={100}
            step={5}
            value={share}
            data-testid="mix-share-range"
            onChange={(e) => onShare(Number(e.target.value))}
            aria-label={t('ui.mix.ahpShare')}
          />
          <NumberInput
            inputMode="numeric"
            className="mix-share-input"
            testId="mix-share"
            value={String(share)}
            onChange={(text) => {
              const v = Number(text.replace(/[%\s]/g, ''))
              if (Number.isFinite(v) && v >= 0 && v <= 100) onShare(v)
            }}
          />
          <span className="unit">%</span>
        </Field>
        <span className="chip chip-info" data-testid="mix-label">
          {t('ui.mix.label', { ahp: share, entropy: 100 - share })}
        </span>
      </div>
      {(!ahp || !entropy) && (
        <p className="hint" data-testid="mix-missing">
          {!ahp && !entropy ? t('ui.mix.needBoth') : !ahp ? t('ui.mix.needAhp') : t('ui.mix.needEntropy')}
        </p>
      )}
      <WeightsTable
        criteria={criteria}
        testId="mix-weights"
        columns={[
          { label: t('ui.mix.ahp'), cell: (_, i) => percentText(ahp?.[i]) },
          { label: t('ui.mix.entropy'), cell: (_, i) => percentText(entropy?.[i]) },
          weightColumn(t('ui.mix.mixed'), mixed, 'mix-weight', 'cell-strong'),
        ]}
      />
    </div>
  )
}
