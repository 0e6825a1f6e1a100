import type { Period } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { gradesDecidable, inputsEditable } from '../../../../shared/domain/period-lifecycle'
import { periodStatusText } from '../../components/period-picker'

/**
 * Why the override button is off, or null when it is on. The backend refuses the same cases in its
 * own words; this only spares the committee a refusal: a grade is decided while the period is in
 * review (results computed, before approval), as the 党委审定 stage is.
 */
export function overrideBlocked(period: Pick<Period, 'status'>, computed: boolean): string | null {
  if (!computed) return t('ui.res.needComputed')
  return gradesDecidable(period.status) ? null : t('ui.res.overrideBlocked', { status: periodStatusText(period.status) })
}

/** Why the exemption button is off: an exemption changes a score, so it follows the rule of when inputs may change. */
export function exemptBlocked(period: Pick<Period, 'status'>, computed: boolean): string | null {
  if (!computed) return t('ui.res.needComputed')
  return inputsEditable(period.status) ? null : t('ui.res.exemptBlocked', { status: periodStatusText(period.status) })
}

/** Why computing is off: approved results are the record and change only through an appeal. */
export function computeBlocked(period: Pick<Period, 'status'> | null): string | null {
  if (!period || inputsEditable(period.status)) return null
  return t('ui.res.computeBlocked', { status: periodStatusText(period.status) })
}
