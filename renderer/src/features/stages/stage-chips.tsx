import { stageKeys, type StageKey, type StageState } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { dateTime } from '../../lib/format'

export function stageName(stage: StageKey): string {
  return t(`ui.stage.${stage}`)
}

/** The four stages in order: done, missing, or not required of this person. */
export function StageChips({ stages }: { stages: StageState[] }) {
  return (
    <span className="stage-chips">
      {stageKeys.map((k) => {
        const s = stages.find((x) => x.stage === k)
        const state = !s || !s.required ? 'na' : s.done ? 'done' : 'missing'
        const title = s?.done && s.decidedAt ? t('ui.stage.doneBy', { by: s.decidedBy ?? '—', at: dateTime(s.decidedAt) }) : t(`ui.stage.state.${state}`)
        return (
          <span key={k} className={`stage-chip stage-${state}`} data-stage={k} data-state={state} title={title}>
            {stageName(k)}
          </span>
        )
      })}
    </span>
  )
}
