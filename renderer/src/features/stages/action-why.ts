import type { PeriodProgress, StageKey } from '../../../../shared/contract'
import { stageRecordable } from '../../../../shared/domain/period-lifecycle'
import { t } from '../../../../shared/i18n'
import { stageName } from './stage-chips'

/** How many of those required still lack a stage, over every department shown. */
export function stillMissing(progress: PeriodProgress | undefined, stage: StageKey): number {
  return (progress?.departments ?? []).reduce((n, d) => n + d.stages.filter((s) => s.stage === stage).reduce((m, s) => m + (s.required - s.done), 0), 0)
}

/**
 * Why a stage's button is off, in words (null when it is on): nobody chosen, or the period's status.
 * 党委审定 waits for the leaders' reviews and for 审核中, and says how many reviews are missing.
 */
export function stageActionWhy(stage: StageKey, status: string, chosen: number, progress: PeriodProgress | undefined): string | null {
  if (!stageRecordable(status, stage)) {
    if (stage !== 'committee' || (status !== 'draft' && status !== 'open')) return t('ui.stages.why.closed')
    const n = stillMissing(progress, 'leader')
    return n > 0 ? t('ui.stages.why.committeeWaits', { n }) : t('ui.stages.why.committeeAfterReview')
  }
  return chosen === 0 ? t('ui.stages.why.select') : null
}

/** Why 推进 is off, in one line: the missing stages with their counts, else the first other reason. */
export function advanceWhy(progress: PeriodProgress | undefined): string | null {
  const next = progress?.next
  if (!next || next.allowed || next.to === null) return null
  const counts = new Map<StageKey, number>()
  for (const g of next.groups) counts.set(g.stage, (counts.get(g.stage) ?? 0) + g.people.length)
  const parts = [...counts].map(([stage, n]) => t('ui.advance.waitCount', { n, stage: stageName(stage) }))
  return t('ui.advance.cannot', { reason: [...parts, ...next.others].join(t('ui.noteSeparator')) || next.reasons.join(t('ui.noteSeparator')) })
}
