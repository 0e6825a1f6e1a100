import { t } from '../../../../../shared/i18n'
import type { Criterion } from './weights-model'

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
  const pct = (v: number | undefined) => (v === undefined ? '—' : `${(v * 100).toFixed(1)}%`)
  return (
    <div className="mix-tab" data-testid="mix-tab">
      <div className="toolbar">
        <label className="field field-inline">
          <span className="field-label">{t('ui.mix.ahpShare')}</span>
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
          <input
            type="text"
            inputMode="numeric"
            className="mix-share-input"
            data-testid="mix-share"
            value={String(share)}
            onChange={(e) => {
              const v = Number(e.target.value.replace(/[%\s]/g, ''))
              if (Number.isFinite(v) && v >= 0 && v <= 100) onShare(v)
            }}
          />
          <span className="unit">%</span>
        </label>
        <span className="chip chip-info" data-testid="mix-label">
          {t('ui.mix.label', { ahp: share, entropy: 100 - share })}
        </span>
      </div>
      {(!ahp || !entropy) && (
        <p className="hint" data-testid="mix-missing">
          {!ahp && !entropy ? t('ui.mix.needBoth') : !ahp ? t('ui.mix.needAhp') : t('ui.mix.needEntropy')}
        </p>
      )}
      <table className="table weights-table" data-testid="mix-weights">
        <thead>
          <tr>
            <th>{t('ui.indicator.code')}</th>
            <th>{t('ui.indicator.name')}</th>
            <th className="num">{t('ui.mix.ahp')}</th>
            <th className="num">{t('ui.mix.entropy')}</th>
            <th className="num">{t('ui.mix.mixed')}</th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((c, i) => (
            <tr key={c.code}>
              <td className="mono">{c.code}</td>
              <td>{c.name}</td>
              <td className="num">{pct(ahp?.[i])}</td>
              <td className="num">{pct(entropy?.[i])}</td>
              <td className="num cell-strong" data-testid={`mix-weight-${c.code}`} data-weight={mixed?.[i]}>
                {pct(mixed?.[i])}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
