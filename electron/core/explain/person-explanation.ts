import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { ExplainedAdjustment, PersonExplanation } from '../../../shared/contract/explain'
import type { PeriodResults, StoredSettings } from '../../../shared/contract/results'
import { explainPerson } from '../../../shared/domain/explain-person'
import { roundHalfUp } from '../../../shared/domain/rounding'
import { t } from '../../../shared/i18n'
import { domainWord } from '../../../shared/i18n/domain-words'
import { AppError } from '../../../shared/contract/app-error'
import { findPeriod } from '../results/period-people'
import { loadComputation } from '../results/store-results'
import { loadComputeInput } from '../results/compute-input'
import { readResults } from '../results/read-results'
import { departmentMeans, exemptionReasons, findStaff, loadOverrideDecisions, loadStoredTotals } from './explain-queries'
import { ruleWords } from './rule-words'
import { localDateTime } from '../../excel/write/report-words'
import type { DepartmentReach } from '../scope/department-reach'
import { officeText } from '../../../shared/i18n/office-text'

/** Farther apart than this, the stored total no longer comes from the data as it is now. */
const STALE_TOLERANCE = 1e-9

/** One period loaded once, to explain any of its people without reading the period again. */
export interface PeriodExplainer {
  /** the stored results as results-list reads them for the reach: who has a result, in the results' order */
  results: PeriodResults
  explain(staffNo: string): Promise<PersonExplanation>
}

/**
 * A person's result sheet: the stored result (rank, grade, flags, annual detail) with every number
 * of the score taken apart by explainPerson over the same input results-compute reads, with the
 * rules stored with the results, so the sheet explains the numbers that were published. What the
 * whole period shares (its compute input, results, totals, exemptions, overrides) is read here once;
 * a department's means once for the first of its people, so a thousand sheets are not a thousand
 * period loads. Only people within `reach` are explained or listed; the compute input stays the
 * whole unit's, since a person's numbers are computed from it (a rank among all, the unit's means).
 */
export async function loadPeriodExplainer(db: Kysely<Database>, periodId: string, reach: DepartmentReach): Promise<PeriodExplainer> {
  const period = await findPeriod(db, periodId)
  const computation = await loadComputation(db, period.id)
  if (!computation) throw new AppError('conflict', t('explain.error.notComputed', { period: period.id }))

  const loaded = await loadComputeInput(db, period.id, reach)
  const people = new Map(loaded.people.map((p) => [p.personId, p]))
  const stored = JSON.parse(computation.settings) as StoredSettings
  const { raterSettings, ...settings } = stored
  const input = { ...loaded, settings, raterSettings: raterSettings ?? loaded.raterSettings }
  const results = await readResults(db, period.id, reach)
  const rows = new Map(results.rows.map((r) => [r.staffNo, r]))
  const storedTotals = await loadStoredTotals(db, period.id)
  const exemptions = await exemptionReasons(db, period.id)
  const overrides = await loadOverrideDecisions(db, period.id)
  const means = new Map<number, Promise<Map<string, number>>>()
  const meansOf = (departmentId: number) => {
    let m = means.get(departmentId)
    if (!m) means.set(departmentId, (m = departmentMeans(db, period.id, departmentId)))
    return m
  }
  const annual = period.kind === 'annual'
  const computedRule = t('explain.rules.computed', { at: localDateTime(computation.computed_at), by: officeText(computation.computed_by) })

  async function explain(staffNo: string): Promise<PersonExplanation> {
    const staff = await findStaff(db, staffNo, reach)
    const person = people.get(staff.id)
    if (!person) throw new AppError('not-found', t('explain.error.notInPeriod', { staffNo: staff.staff_no, name: staff.name, period: period.id }))

    const core = explainPerson(input, person.personId, { exemptions: exemptions.get(person.personId) ?? new Map() })
    const row = rows.get(staff.staff_no) ?? null
    const storedTotal = storedTotals.has(person.personId) ? { total: storedTotals.get(person.personId) ?? null } : null
    const deptMeans = await meansOf(staff.department_id)

    const adjustments: ExplainedAdjustment[] = [...core.adjustments]
    const override = row && row.grade !== row.proposedGrade ? overrides.get(person.personId) : undefined
    if (row && override) {
      adjustments.push({ kind: 'override', item: t('explain.item.grade'), points: null, rule: t('explain.rule.override', { proposed: domainWord(row.proposedGrade), grade: domainWord(row.grade), by: override.decided_by }), reason: override.reason })
    }

    const dimNames = new Map(core.dimensions.map((d) => [d.code, d.name]))
    const rules = ruleWords(stored, period.kind, dimNames)
    rules.push(computedRule)
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
      dimensions: core.dimensions.map((d) => ({ code: d.code, name: d.name, weight: d.weight, score: d.score, departmentMean: deptMeans.get(d.code) ?? null })),
      weightedTotal: core.weightedTotal,
      adjustments,
      inputCounts: core.inputCounts,
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

  return { results, explain }
}
