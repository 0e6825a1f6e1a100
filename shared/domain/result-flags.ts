import type { ResultFlagKind, StoredFlag } from '../contract/results'
import type { MessageKey } from '../i18n'
import type { ResultNote } from './result-note'
import type { AnnualFlag } from './annual-grades'
import type { PenaltyType } from './penalties'
import type { UndeterminedCase } from './undetermined'
import { roundHalfUp } from './rounding'

/** Why an annual result has no grade: a 不定等次 case, a penalty that leaves the year ungraded, or a reason the rules do not recognise. */
export type AnnualUndetermined =
  | { case: UndeterminedCase }
  | { case: 'penalty'; penalty: PenaltyType; decidedOn: string }
  | { case: 'other'; reason: string | null }

interface CommonFacts {
  /** the names of the triggered 一票否决 items */
  vetoes: readonly string[]
  /** the row's remarks; the exemption, and for a quarter the quota and 不定等次 remarks, are read from them */
  notes: readonly ResultNote[]
}

export type FlagFacts =
  | ({ period: 'quarter' } & CommonFacts)
  | ({
      period: 'annual'
      /** the annual proposal's reasons (proposeAnnualGrades); empty when not graded */
      proposal: readonly AnnualFlag[]
      undetermined: AnnualUndetermined | null
      /** the decision dates of the year's negative-list entries (不担当不作为) */
      negativeList: readonly string[]
    } & CommonFacts)

const flag = (kind: ResultFlagKind, key: MessageKey, params?: StoredFlag['params']): StoredFlag => (params ? { kind, key, params } : { kind, key })

// the order a reader takes them in: no grade at all, then what fixed the grade, then why not 优秀 / 好, then the rest
const kindOrder: readonly ResultFlagKind[] = ['undetermined', 'veto', 'penalty', 'cap', 'excellentBarred', 'overQuota', 'boundaryTie', 'exemption', 'override']

/**
 * rule: the flags on a person's result (why it needs a second look), for quarterly and annual rows
 * alike: not graded (不定等次, with its case), a triggered veto, a penalty or negative-list entry of
 * the year, a cap (ballots ≥ 30 %, 一般 in 3 quarters), barred from 优秀 (and by what), over the
 * quota, tied at the quota boundary, and a risk exemption. Each flag is a message key with values so
 * it is worded in the reader's language. A committee override is added by decideGrade, not here.
 */
export function resultFlags(facts: FlagFacts): StoredFlag[] {
  const out = facts.period === 'quarter' ? quarterFlags(facts) : annualFlags(facts)
  const exempted = facts.notes.find((n) => n.key === 'results.note.exempted')
  if (exempted) out.push(flag('exemption', exempted.key, exempted.params))
  return out.map((f, i) => ({ f, i })).sort((a, b) => kindOrder.indexOf(a.f.kind) - kindOrder.indexOf(b.f.kind) || a.i - b.i).map((x) => x.f)
}

// computePeriod words these facts as remarks already; the flags carry the same key and values
function quarterFlags(facts: CommonFacts): StoredFlag[] {
  const out: StoredFlag[] = []
  for (const note of facts.notes) {
    if (note.key === 'results.note.undetermined' || note.key === 'results.note.undeterminedNoReason') out.push(flag('undetermined', note.key, note.params))
    else if (note.key === 'results.note.overQuota') out.push(flag('overQuota', note.key))
    else if (note.key === 'results.note.boundaryTie') out.push(flag('boundaryTie', note.key, note.params))
  }
  if (facts.vetoes.length) out.push(flag('veto', 'results.note.veto', { items: facts.vetoes.join('、') }))
  return out
}

const excellentBarredKeys = {
  goodQuarters: 'annual.flag.excellentBarredGoodQuarters',
  fairOrPoorQuarter: 'annual.flag.excellentBarredFairOrPoor',
  penalty: 'annual.flag.excellentBarredPenalty',
  negativeList: 'annual.flag.excellentBarredNegativeList',
} as const satisfies Record<string, MessageKey>

function annualFlags(facts: Extract<FlagFacts, { period: 'annual' }>): StoredFlag[] {
  const out: StoredFlag[] = []
  const u = facts.undetermined
  if (u) out.push(undeterminedFlag(u))
  for (const f of facts.proposal) {
    switch (f.key) {
      case 'annual.flag.veto':
        out.push(flag('veto', 'annual.flag.veto', { items: facts.vetoes.join('、') }))
        break
      case 'annual.flag.penalty':
        out.push(flag('penalty', f.params.effect === 'incompetent' ? 'annual.flag.penaltyIncompetent' : 'annual.flag.penaltyNotExcellent', { penalty: f.params.penalty }))
        break
      case 'annual.flag.capBallots':
        // the share as people say it: 30 %, not 0.3
        out.push(flag('cap', 'annual.flag.capBallots', { low: f.params.low, valid: f.params.valid, percent: roundHalfUp(f.params.share * 100) }))
        break
      case 'annual.flag.capFairQuarters':
        out.push(flag('cap', 'annual.flag.capFairQuarters', { fair: f.params.fair, limit: f.params.limit }))
        break
      case 'annual.flag.excellentBarred': {
        const { reason, good, required } = f.params
        out.push(flag('excellentBarred', excellentBarredKeys[reason], reason === 'goodQuarters' ? { good: good ?? 0, required: required ?? 0 } : undefined))
        break
      }
      case 'annual.flag.overQuota':
        out.push(flag('overQuota', 'annual.flag.overQuota', { quota: f.params.quota }))
        break
      case 'annual.flag.boundaryTie':
        out.push(flag('boundaryTie', 'annual.flag.boundaryTie', { tied: f.params.tied, slots: f.params.slots }))
        break
    }
  }
  // an ungraded year needs no word about 优秀
  if (!u) for (const date of facts.negativeList) out.push(flag('penalty', 'annual.flag.negativeList', { date }))
  return out
}

function undeterminedFlag(u: AnnualUndetermined): StoredFlag {
  switch (u.case) {
    case 'probation':
      return flag('undetermined', 'annual.flag.undeterminedProbation')
    case 'leave':
      return flag('undetermined', 'annual.flag.undeterminedLeave')
    case 'investigation':
      return flag('undetermined', 'annual.flag.undeterminedInvestigation')
    case 'penalty':
      return flag('undetermined', 'annual.flag.undeterminedPenalty', { penalty: u.penalty, date: u.decidedOn })
    case 'other':
      return u.reason ? flag('undetermined', 'annual.flag.undeterminedOther', { reason: u.reason }) : flag('undetermined', 'annual.flag.undeterminedNoReason')
  }
}
