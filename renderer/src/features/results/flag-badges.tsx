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
 * The badges a row gets, in order: one per kind of flag (several flags of a kind share one, their
 * texts for the tooltip). Exempted indicators show as the 免责 badge even when no exemption flag came
 * with the row.
 */
function badges(flags: readonly ResultFlag[], exempted: readonly string[]): { kind: ResultFlagKind; texts: string[] }[] {
  const byKind = new Map<ResultFlagKind, string[]>()
  for (const f of flags) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f.text])
  if (exempted.length > 0) {
    const names = t('ui.res.exemptedTip', { names: exempted.join(t('ui.noteSeparator')) })
    byKind.set('exemption', [...(byKind.get('exemption') ?? []), names])
  }
  return order.filter((k) => byKind.has(k)).map((k) => ({ kind: k, texts: byKind.get(k) ?? [] }))
}

/** The badges' words in their order, for 导出表格 (the tooltips' detail stays on screen). */
export function flagBadgeWords(flags: readonly ResultFlag[], exempted: readonly string[] = []): string {
  return badges(flags, exempted)
    .map((b) => t(`ui.res.flag.${b.kind}`))
    .join(t('ui.listSeparator'))
}

/** One small badge per kind of flag, its flags' texts in the tooltip. */
export function FlagBadges({ flags, exempted = [] }: { flags: readonly ResultFlag[]; exempted?: readonly string[] }) {
  const shown = badges(flags, exempted)
  if (shown.length === 0) return null
  return (
    <span className="flag-badges">
      {shown.map(({ kind, texts }) => (
        <span key={kind} className={`flag-badge chip chip-${tone[kind]}`} data-testid={`flag-${kind}`} data-kind={kind} title={texts.join('\n')}>
          {t(`ui.res.flag.${kind}`)}
        </span>
      ))}
    </span>
  )
}

/** Whether a row carries anything the committee should look at (the “只看有标记的” filter). */
export function isFlagged(row: { flags: readonly ResultFlag[]; exempted: readonly string[] }): boolean {
  return row.flags.length > 0 || row.exempted.length > 0
}
