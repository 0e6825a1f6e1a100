import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { ExplainedAdjustment, PersonExplanation } from '../../../shared/contract/explain'
import type { StoredSettings } from '../../../shared/contract/results'
import { explainPerson } from '../../../shared/domain/explain-person'
import { roundHalfUp } from '../../../shared/domain/rounding'
import { t } from '../../../shared/i18n'
import { AppError } from '../errors'
import { findPeriod, loadComputation, loadComputeInput, readResults } from '../results/results-queries'
import { departmentMeans, exemptionReasons, findStaff, loadOverride, loadStoredTotal } from './explain-queries'
import { ruleWords } from './rule-words'

/** Farther apart than this, the stored total no longer comes from the data as it is now. */
const STALE_TOLERANCE = 1e-9

/**
 * One person's result sheet: the stored result (rank, grade, flags, annual detail) with every
 * number of the score taken apart by explainPerson over the same input results-compute reads, with
 * the rules stored with the results, so the sheet explains the numbers that were published.
 */
export async function loadPersonExplanation(db: Kysely<Database>, periodId: string, staffNo: string): Promise<PersonExplanation> {
  const period = await findPeriod(db, periodId)
  const computation = await loadComputation(db, period.id)
  if (!computation) throw new AppError('conflict', t('explain.error.notComputed', { period: period.id }))
  const staff = await findStaff(db, staffNo)

  const loaded = await loadComputeInput(db, period.id)
  const person = loaded.people.find((p) => p.personId === staff.id)
  if (!person) throw new AppError('not-found', t('explain.error.notInPeriod', { staffNo: staff.staff_no, name: staff.name, period: period.id }))
  const stored = JSON.parse(computation.settings) as StoredSettings
  const { raterSettings, ...settings } = stored
  const input = { ...loaded, settings, raterSettings: raterSettings ?? loaded.raterSettings }

  const core = explainPerson(input, person.personId, { exemptions: await exemptionReasons(db, period.id, person.personId) })
  const results = await readResults(db, period.id)
  const row = results.rows.find((r) => r.staffNo === staff.staff_no) ?? null
  const storedTotal = await loadStoredTotal(db, period.id, person.personId)
  const means = await departmentMeans(db, period.id, staff.department_id)

  const adjustments: ExplainedAdjustment[] = [...core.adjustments]
  const override = row && row.grade !== row.proposedGrade ? await loadOverride(db, period.id, person.personId) : undefined
  if (row && override) {
    adjustments.push({ kind: 'override', item: t('explain.item.grade'), points: null, rule: t('explain.rule.override', { proposed: row.proposedGrade, grade: row.grade, by: override.decided_by }), reason: override.reason })
  }

  const annual = period.kind === 'annual'
  const dimNames = new Map(core.dimensions.map((d) => [d.code, d.name]))
  const rules = ruleWords(stored, period.kind, dimNames)
  rules.push(t('explain.rules.computed', { at: localDateTime(computation.computed_at), by: computation.computed_by }))
  // the annual total is the annual score; the scheme's own total is its assessment part
  const scoreOfScheme = annual ? (row?.annual?.assessment ?? null) : (storedTotal?.total ?? null)
  if (core.total !== null && scoreOfScheme !== null && Math.abs(core.total - scoreOfScheme) > STALE_TOLERANCE) {
    rules.unshift(t('explain.rules.stale', { now: roundHalfUp(core.total).toFixed(2), stored: roundHalfUp(scoreOfScheme).toFixed(2) }))
  }

  return {
    period: period.id,
    periodName: period.name,
    kind: period.kind as PersonExplanation['kind'],
    staffNo: staff.staff_no,
    name: staff.name,
    department: staff.department,
    status: person.status,
    rules,
    indicators: core.indicators,
    dimensions: core.dimensions.map((d) => ({ code: d.code, name: d.name, weight: d.weight, score: d.score, departmentMean: means.get(d.code) ?? null })),
    weightedTotal: core.weightedTotal,
    adjustments,
    total: annual ? (row?.annual?.score ?? null) : core.total,
    totalRounded: row ? row.total : core.totalRounded,
    rank: row?.rank ?? null,
    graded: results.graded,
    proposedGrade: row?.proposedGrade ?? person.status,
    grade: row?.grade ?? person.status,
    flags: row?.flags ?? [],
    annual: row?.annual ?? null,
  }
}

/** The computation time as the period report shows it: local, to the minute. */
function localDateTime(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`
}
