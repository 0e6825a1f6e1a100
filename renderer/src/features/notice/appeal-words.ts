import type { Appeal } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'

/** 复核 / 申诉 as the reader's language says them (the stored value is the Chinese word). */
export function kindText(kind: Appeal['kind']): string {
  return t(kind === '复核' ? 'ui.decide.kind.review' : 'ui.decide.kind.appeal')
}
