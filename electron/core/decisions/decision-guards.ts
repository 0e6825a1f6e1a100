import type { Kysely, Selectable } from 'kysely'
import type { Database, PeriodTable } from '../../db/schema'
import { t } from '../../../shared/i18n'
import { gradesDecidable, inputsEditable } from '../../../shared/domain/period-lifecycle'
import { AppError } from '../../../shared/contract/app-error'
import { findPeriod, periodPeopleQuery } from '../results/period-people'
import { loadComputation } from '../results/store-results'
import { statusWord } from '../stages/stage-queries'
import { wholeUnit } from '../scope/department-reach'

type PeriodRow = Selectable<PeriodTable>

/**
 * A grade is overridden at 党委审定: the period in review with its results computed. After approval
 * the results are locked (an appeal corrects them); before review there is nothing decided to change.
 */
export async function periodOpenToOverride(db: Kysely<Database>, periodId: string): Promise<PeriodRow> {
  const period = await findPeriod(db, periodId)
  const words = { period: period.id, status: statusWord(period.status) }
  if (!inputsEditable(period.status)) throw new AppError('frozen', t('decisions.override.frozen', words))
  if (!gradesDecidable(period.status)) throw new AppError('conflict', t('decisions.override.notReview', words))
  if (!(await loadComputation(db, period.id))) throw new AppError('conflict', t('decisions.override.noResults', { period: period.id }))
  return period
}

/** An exemption changes what counts, so it may be made while inputs may: up to review, never after approval. */
export function refuseFrozenExemption(period: PeriodRow): void {
  if (!inputsEditable(period.status)) {
    throw new AppError('frozen', t('decisions.exemption.frozen', { period: period.id, status: statusWord(period.status) }))
  }
}

/** A person listed in the period, by staff number, with what the applicability rule needs. */
export async function findPeriodPerson(db: Kysely<Database>, periodId: string, staffNo: string) {
  const person = await periodPeopleQuery(db, periodId, wholeUnit).where('people.staff_no', '=', staffNo).executeTakeFirst()
  if (!person) throw new AppError('not-found', t('decisions.personNotFound', { period: periodId, staffNo }))
  return person
}
