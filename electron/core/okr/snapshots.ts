import type { KeyResultView, KrProgressEntry, ObjectiveView } from '../../../shared/contract'

/** The audit entities of this area; an entry's id is the row's number. */
export const OBJECTIVE_ENTITY = 'objective'
export const KEY_RESULT_ENTITY = 'key_result'
export const PROGRESS_ENTITY = 'kr_progress'

/** What an objective is, as the audit log keeps it (its judged numbers change by the day, so they stay out). */
export function objectiveSnapshot(o: ObjectiveView) {
  return { title: o.title, owner: o.owner, startDate: o.startDate, dueDate: o.dueDate, weight: o.weight, note: o.note }
}

export function keyResultSnapshot(k: KeyResultView) {
  return {
    objectiveId: k.objectiveId,
    title: k.title,
    unit: k.unit,
    baseline: k.baseline,
    target: k.target,
    current: k.current,
    startDate: k.startDate,
    dueDate: k.dueDate,
    weight: k.weight,
  }
}

export function progressSnapshot(p: KrProgressEntry) {
  return { value: p.value, recordedOn: p.recordedOn, note: p.note, recordedBy: p.recordedBy, recordedAt: p.recordedAt, batchId: p.batchId }
}

/** A key result with every progress report: what a removal must leave in the log to be undone by hand. */
export function keyResultWithHistory(k: KeyResultView, history: readonly KrProgressEntry[]) {
  return { id: k.id, ...keyResultSnapshot(k), progress: history.map((p) => ({ id: p.id, ...progressSnapshot(p) })) }
}
