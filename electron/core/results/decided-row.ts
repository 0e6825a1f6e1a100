import type { AnnualDetail, StoredFlag } from '../../../shared/contract/results'
import type { ComputedRow } from '../../../shared/domain/compute-period'

/** A computed row as stored: the committee's decision applied over the proposal. */
export type DecidedRow = ComputedRow & { proposedGrade: string; flags: StoredFlag[]; annual?: AnnualDetail | null }
