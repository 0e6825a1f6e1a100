import type { ResultFlag, ResultFlagKind } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'

/** veto and undetermined first: they change the grade most; override last, it is the committee's answer */
const order: ResultFlagKind[] = ['veto', 'undetermined', 'penalty', 'cap', 'boundaryTie', 'overQuota', 'excellentBarred', 'exemption', 'override']

const tone: Record<ResultFlagKind, string> = {
  veto: 'bad',
  undetermined: 'plain',
  penalty: 'bad',
  cap: 'warn',
  boundaryTie: 'warn',
  overQuota: 'plain',
  excellentBarred: 'warn',
  exemption: 'info',
  override: 'strong',
}

/**
 * One small badge per kind of flag (several flags of a kind share one, their texts in the tooltip).
 * Exempted indicators show as the 免责 badge even when no exemption flag came with the row.
 */
export function FlagBadges({ flags, exempted = [] }: { flags: readonly ResultFlag[]; exempted?: readonly string[] }) {
  const byKind = new Map<ResultFlagKind, string[]>()
  for (const f of flags) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f.text])
  if (exempted.length > 0) {
    const names = t('ui.res.exemptedTip', { names: exempted.join(t('ui.noteSeparator')) })
    byKind.set('exemption', [...(byKind.get('exemption') ?? []), names])
  }
  if (byKind.size === 0) return null
  return (
    <span className="flag-badges">
      {order
        .filter((k) => byKind.has(k))
        .map((k) => (
          <span key={k} className={`flag-badge chip chip-${tone[k]}`} data-testid={`flag-${k}`} data-kind={k} title={byKind.get(k)!.join('\n')}>
            {t(`ui.res.flag.${k}`)}
          </span>
        ))}
    </span>
  )
}

/** Whether a row carries anything the committee should look at (the “只看有标记的” filter). */
export function isFlagged(row: { flags: readonly ResultFlag[]; exempted: readonly string[] }): boolean {
  return row.flags.length > 0 || row.exempted.length > 0
}
