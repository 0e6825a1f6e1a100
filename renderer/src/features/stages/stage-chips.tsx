import { stageKeys, type StageKey, type StageState } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { dateTime } from '../../lib/format'
import './stages.css'

export function stageName(stage: StageKey): string {
  return t(`ui.stage.${stage}`)
}

function stateOf(stages: StageState[], k: StageKey): 'na' | 'done' | 'missing' {
  const s = stages.find((x) => x.stage === k)
  return !s || !s.required ? 'na' : s.done ? 'done' : 'missing'
}

/** The four stages in order: done, missing, or not required of this person. */
export function StageChips({ stages }: { stages: StageState[] }) {
  return (
    <span className="stage-chips">
      {stageKeys.map((k) => {
        const s = stages.find((x) => x.stage === k)
        const state = stateOf(stages, k)
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

/** The chips in words for 导出表格: on screen their colour says the state, in a sheet the word does. */
export function stageChipWords(stages: StageState[]): string {
  return stageKeys.map((k) => t('gridExport.stageState', { stage: stageName(k), state: t(`ui.stage.state.${stateOf(stages, k)}`) })).join(t('ui.noteSeparator'))
}
