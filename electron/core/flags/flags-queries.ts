import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Flag, FlagStatus } from '../../../shared/contract'
import type { FlagFinding, FlagKind } from '../../../shared/domain/cross-checks'
import { inputsEditable } from '../../../shared/domain/period-lifecycle'
import { isMessageKey, t } from '../../../shared/i18n'
import { AppError } from '../../../shared/contract/app-error'
import { findPeriod } from '../results/period-people'

/** A flag's details: the finding's numbers and the sentence that says them, in the language of the run. */
export function flagDetails(f: FlagFinding): Flag['details'] {
  const n = f.numbers
  const message =
    f.kind === 'same-score'
      ? n.overall !== null
        ? t('flags.message.sameScoreOverall', n)
        : t('flags.message.sameScoreItems', n)
      : f.kind === 'full-marks'
        ? t('flags.message.fullMarks', n)
        : f.kind === 'far-from-consensus'
          ? t('flags.message.farFromConsensus', n)
          : f.kind === 'leniency'
            ? t('flags.message.leniency', n)
            : t('flags.message.selfScoreGap', n)
  return { ...n, message }
}

/** Flags are decided, and re-run, only while the period's inputs may still change. */
export async function editablePeriod(db: Kysely<Database>, periodId: string) {
  const period = await findPeriod(db, periodId)
  if (!inputsEditable(period.status)) {
    const key = `period.status.${period.status}`
    throw new AppError('frozen', t('flags.error.periodLocked', { period: period.id, status: isMessageKey(key) ? t(key) : period.status }))
  }
  return period
}

export async function listFlags(db: Kysely<Database>, periodId: string, where: { status?: FlagStatus; id?: number } = {}): Promise<Flag[]> {
  let q = db
    .selectFrom('flags')
    .leftJoin('people', 'people.id', 'flags.person_id')
    .select([
      'flags.id',
      'flags.kind',
      'flags.role',
      'flags.rater',
      'flags.details',
      'flags.status',
      'flags.reason',
      'flags.decided_by',
      'flags.decided_at',
      'people.staff_no',
      'people.name',
    ])
    .where('flags.period_id', '=', periodId)
  if (where.status) q = q.where('flags.status', '=', where.status)
  if (where.id !== undefined) q = q.where('flags.id', '=', where.id)
  const rows = await q.orderBy('flags.id').execute()
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as FlagKind,
    role: r.role,
    rater: r.rater,
    person: r.staff_no !== null && r.name !== null ? { staffNo: r.staff_no, name: r.name } : null,
    details: JSON.parse(r.details) as Flag['details'],
    status: r.status as FlagStatus,
    reason: r.reason,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
  }))
}

/** The identity of a finding across runs: what it is about, not its numbers. */
export function findingKey(f: { kind: string; role: string | null; rater: string | null; personId: number | null }): string {
  return [f.kind, f.role ?? '', f.rater ?? '', f.personId ?? ''].join('\u0000')
}
