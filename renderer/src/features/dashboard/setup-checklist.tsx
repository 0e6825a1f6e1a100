import { useState } from 'react'
import type { SetupStepId } from '../../../../shared/domain/setup-steps'
import { t } from '../../../../shared/i18n'
import { LoadError } from '../../components/page'
import { useMayCall } from '../../lib/route-access'
import { useRoute, type Route } from '../../lib/router'
import { useRpcQuery } from '../../lib/use-rpc'
import { DemoOpenButton } from '../demo/demo-open-button'
import './setup-checklist.css'

/** The screen where each step is done. */
const stepRoute: Record<SetupStepId, Route> = { unit: 'settings', roster: 'org', scheme: 'scheme', period: 'period', ratings: 'ratings', compute: 'results' }

/**
 * 开始使用: the six setup steps, each ticked from the data (setup-progress), each a link to its screen.
 * Shown until every step is done; then folded to one line that can open it again.
 */
export function SetupChecklist() {
  const progress = useRpcQuery('setup-progress', {})
  const [shown, setShown] = useState(false)
  const [, go] = useRoute()
  const mayDemo = useMayCall('demo-open')
  if (progress.error) return <LoadError error={progress.error} onRetry={progress.reload} />
  if (!progress.data) return <p className="muted small">{t('ui.checklist.loading')}</p>
  const { steps, next, allDone } = progress.data
  if (allDone && !shown)
    return (
      <p className="checklist-folded muted small" data-testid="checklist-folded">
        {t('ui.checklist.allDone')}{' '}
        <button type="button" className="checklist-toggle" data-testid="checklist-show" onClick={() => setShown(true)}>
          {t('ui.checklist.show')}
        </button>
      </p>
    )
  return (
    <section className="card checklist" data-testid="checklist" data-next={next ?? ''}>
      <header className="checklist-head">
        <h2>{t('ui.checklist.title')}</h2>
        {allDone && (
          <button type="button" className="checklist-toggle" onClick={() => setShown(false)}>
            {t('ui.checklist.hide')}
          </button>
        )}
      </header>
      <p className="muted small">{t('ui.checklist.lead')}</p>
      <ol className="checklist-steps">
        {steps.map((s) => (
          <li key={s.id} className={s.done ? 'checklist-step done' : s.id === next ? 'checklist-step next' : 'checklist-step'} data-testid={`checklist-${s.id}`} data-done={s.done}>
            <span className="checklist-mark" aria-label={t(s.done ? 'ui.checklist.done' : 'ui.checklist.todo')}>
              {s.done ? '✓' : ''}
            </span>
            <span className="checklist-words">
              <strong>{t(`ui.checklist.step.${s.id}`)}</strong>
              <span className="muted small">{t(`ui.checklist.step.${s.id}.help`)}</span>
            </span>
            <button type="button" className={s.id === next ? 'button button-primary button-small' : 'button button-small'} data-testid={`checklist-go-${s.id}`} onClick={() => go(stepRoute[s.id])}>
              {t(s.done ? 'ui.checklist.open' : 'ui.checklist.go')}
            </button>
          </li>
        ))}
      </ol>
      {mayDemo && !allDone && (
        <div className="checklist-demo">
          <p className="muted small">{t('ui.demo.tryHelp')}</p>
          <DemoOpenButton label={t('ui.demo.try')} testId="checklist-demo" />
        </div>
      )}
    </section>
  )
}
