import type { UseItem, UseListKind } from '../../../shared/contract/uses'
import { useListKinds } from '../../../shared/contract/uses'
import { t } from '../../../shared/i18n'
import { roundHalfUp } from '../../../shared/domain/rounding'
import {
  admonition,
  commendationCandidate,
  demotion,
  departmentTrainingPriority,
  dimensionMeans,
  dismissalReview,
  excellentBarredIn,
  inquiry,
  meritCandidate,
  negativeListEffects,
  personTrainingPriority,
  reminderTalk,
  type DimensionScores,
  type PersonGrades,
  type QuartersFinding,
  type YearsFinding,
} from '../../../shared/domain/result-uses'
import type { UsePerson, UsesFacts } from './uses-facts'

/** An item as the rules give it, before its stored status is merged in. */
export type RawItem = Omit<UseItem, 'status' | 'note' | 'updatedBy' | 'updatedAt'>

const score = (x: number) => roundHalfUp(x).toFixed(2)
const yearsText = (f: YearsFinding) => ({ year: f.years[f.years.length - 1], first: f.years[0], last: f.years[f.years.length - 1], years: f.years.join(t('uses.sep')) })
const quarterWords = ['uses.quarter.1', 'uses.quarter.2', 'uses.quarter.3', 'uses.quarter.4'] as const
const quartersText = (f: QuartersFinding) => ({ year: f.year, quarters: f.quarters.map((q) => t(quarterWords[q - 1])).join(t('uses.quarterSep')) })

type PersonListKind = Exclude<UseListKind, 'trainingPerson' | 'trainingDepartment' | 'negativeList'>
type Params = Record<string, string | number>
const when = <F>(found: F | null, words: (f: F) => Params): Params | null => (found ? words(found) : null)

/** the per-person rules in list order, each giving the values its basis names, or null */
const personRules: [PersonListKind, (g: PersonGrades) => Params | null][] = [
  ['commendation', (g) => when(commendationCandidate(g), yearsText)],
  ['merit', (g) => when(meritCandidate(g), yearsText)],
  ['admonition', (g) => when(admonition(g), yearsText)],
  ['demotion', (g) => when(demotion(g), yearsText)],
  ['dismissalReview', (g) => when(dismissalReview(g), yearsText)],
  ['inquiry', (g) => when(inquiry(g), quartersText)],
  ['reminderTalk', (g) => when(reminderTalk(g), quartersText)],
]

const personItem = (p: UsePerson, basis: string, action: string): RawItem => ({ subject: p.staffNo, staffNo: p.staffNo, name: p.name, department: p.department, basis, action })
const byDepartmentThenStaffNo = (a: RawItem, b: RawItem) => a.department.localeCompare(b.department, 'zh-CN') || a.subject.localeCompare(b.subject)

/** Every list of the year in contract order, each item with its basis and measure in words. */
export function buildLists(facts: UsesFacts): { kind: UseListKind; title: string; items: RawItem[] }[] {
  const items = new Map<UseListKind, RawItem[]>(useListKinds.map((k) => [k, []]))
  const add = (kind: UseListKind, item: RawItem) => items.get(kind)?.push(item)

  for (const person of facts.people.values()) {
    const grades: PersonGrades = {
      year: facts.year,
      annual: facts.annual.get(person.id) ?? new Map(),
      quarters: facts.quarters.get(person.id) ?? new Map(),
      excellentBarred: excellentBarredIn(
        facts.penalties.get(person.id) ?? [],
        (facts.negatives.get(person.id) ?? []).map((n) => n.decidedOn),
        facts.year,
      ),
    }
    for (const [kind, rule] of personRules) {
      const params = rule(grades)
      if (params) add(kind, personItem(person, t(`uses.basis.${kind}`, params), t(`uses.action.${kind}`)))
    }
    const negative = negativeListEffects(facts.negatives.get(person.id) ?? [], facts.year, grades.annual.get(facts.year) ?? null)
    if (negative) {
      const parts = negative.entries.map((e) =>
        e.reason ? t('uses.basis.negativeEntryReason', { date: e.decidedOn, reason: e.reason }) : t('uses.basis.negativeEntry', { date: e.decidedOn }),
      )
      if (negative.excellentConflict) parts.push(t('uses.basis.negativeConflict', { year: facts.year }))
      add('negativeList', personItem(person, parts.join(t('uses.basisSep')), t('uses.action.negativeList')))
    }
  }

  for (const item of training(facts)) add(item.kind, item.item)

  return useListKinds.map((kind) => ({ kind, title: t(`uses.list.${kind}`), items: (items.get(kind) ?? []).sort(byDepartmentThenStaffNo) }))
}

/** Training priorities from the annual period's dimension scores: per person, then per department. */
function training(facts: UsesFacts): { kind: UseListKind; item: RawItem }[] {
  const codes = facts.dimensions.map((d) => d.code)
  const nameOf = new Map(facts.dimensions.map((d) => [d.code, d.name]))
  const byDepartment = new Map<string, { person: UsePerson; scores: DimensionScores }[]>()
  for (const [personId, scores] of facts.scores) {
    const person = facts.people.get(personId)
    if (!person) continue
    byDepartment.set(person.department, [...(byDepartment.get(person.department) ?? []), { person, scores }])
  }
  const unitMeans = dimensionMeans([...facts.scores.values()], codes)
  const out: { kind: UseListKind; item: RawItem }[] = []
  for (const [department, members] of byDepartment) {
    const means = dimensionMeans(members.map((m) => m.scores), codes)
    for (const m of members) {
      const s = personTrainingPriority(m.scores, means, codes)
      if (!s) continue
      const dimension = nameOf.get(s.code) ?? s.code
      out.push({
        kind: 'trainingPerson',
        item: personItem(m.person, t('uses.basis.trainingPerson', { dimension, score: score(s.value), mean: score(s.reference), gap: s.gap.toFixed(2) }), t('uses.action.trainingPerson', { dimension })),
      })
    }
    const d = departmentTrainingPriority(means, unitMeans, codes)
    if (d) {
      const dimension = nameOf.get(d.code) ?? d.code
      out.push({
        kind: 'trainingDepartment',
        item: {
          subject: department,
          staffNo: null,
          name: department.split('/').pop() ?? department,
          department,
          basis: t('uses.basis.trainingDepartment', { dimension, mean: score(d.value), unitMean: score(d.reference), gap: d.gap.toFixed(2) }),
          action: t('uses.action.trainingDepartment', { dimension }),
        },
      })
    }
  }
  return out
}
