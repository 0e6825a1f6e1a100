import type { PersonStages } from '../../shared/contract'
import { seedFixture2025Q1 } from './seed-fixture-2025-q1'
import { importBackend, type ImportBackend } from './import-backend'

export const P = '2025-Q1'

/** The 2025-Q1 fixture seeded into a fresh database, its period open (as seeded). */
export async function seededBackend(name: string): Promise<ImportBackend> {
  const k = await importBackend(name)
  await seedFixture2025Q1(k.backend.database)
  return k
}

/**
 * Walks the open 2025-Q1 period to 党委审定: everyone's first three stages recorded (the 不定等次
 * person's comment only), advanced to review, results computed, the committee stage recorded for
 * all, so the next period-advance approves.
 */
export async function walkToReview(k: ImportBackend): Promise<void> {
  const stages = await k.ok<PersonStages[]>('stages-list', { period: P })
  const graded = stages.filter((s) => s.status === '参加').map((s) => s.staffNo)
  const everyone = stages.map((s) => s.staffNo)
  await k.ok('stages-record', { period: P, staffNos: graded, payload: { stage: 'self', text: '本季度完成了各项任务。', date: '2025-03-28' } })
  await k.ok('stages-record', { period: P, staffNos: graded, payload: { stage: 'peer' } })
  await k.ok('stages-record', { period: P, staffNos: everyone, payload: { stage: 'leader', comment: '工作认真负责。' } })
  await k.ok('period-advance', { id: P })
  await k.ok('results-compute', { period: P })
  await k.ok('stages-record', { period: P, staffNos: everyone, payload: { stage: 'committee' } })
}
