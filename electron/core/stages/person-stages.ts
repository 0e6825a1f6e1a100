import type { Selectable } from 'kysely'
import type { StageTable } from '../../db/schema'
import type { PeriodPersonRow, PersonStages, StageEntry } from '../../../shared/contract'
import { requiredStages, stageKeys, type StageKey } from '../../../shared/domain/period-lifecycle'
import { missingNames, type StagedPerson } from './stage-queries'

function entry(p: StagedPerson, stage: StageKey): StageEntry & { row: Selectable<StageTable> | undefined } {
  const row = p.stages.get(stage)
  return { done: p.done.includes(stage), required: requiredStages(p).includes(stage), decidedBy: row?.decided_by ?? null, decidedAt: row?.decided_at ?? null, row }
}

/** Who the person is and whether they take part, as both stage lists head a row. */
function personHeading(p: StagedPerson): Pick<PersonStages, 'staffNo' | 'name' | 'department' | 'status' | 'reason'> {
  return { staffNo: p.staffNo, name: p.name, department: p.department, status: p.status, reason: p.statusReason }
}

/** One person's four stages as the stage list shows them. */
export function personStages(p: StagedPerson): PersonStages {
  const { row: self, ...selfEntry } = entry(p, 'self')
  const { row: leader, ...leaderEntry } = entry(p, 'leader')
  const { row: _peer, ...peerEntry } = entry(p, 'peer')
  const { row: _committee, ...committeeEntry } = entry(p, 'committee')
  return {
    ...personHeading(p),
    self: { ...selfEntry, text: self?.text ?? null, date: self?.report_date ?? null, attachment: p.attachment },
    peer: { ...peerEntry, ratings: p.peerRatings },
    leader: { ...leaderEntry, comment: leader?.comment ?? null, proposedGrade: leader?.proposed_grade ?? null },
    committee: committeeEntry,
    missing: missingNames(p),
  }
}

export function personRow(p: StagedPerson): PeriodPersonRow {
  return {
    ...personHeading(p),
    stages: stageKeys.map((stage) => {
      const { row: _row, ...e } = entry(p, stage)
      return { stage, ...e }
    }),
  }
}
