import type { PeriodProgress } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'

const SHOWN_NAMES = 6

/**
 * Per department: how many have each stage of those who need it, and who is missing it. `onExport`
 * is null for a role the reminder list is refused to (it covers the whole unit): no button then.
 */
export function ProgressBoard({ progress, onExport, exporting }: { progress: PeriodProgress; onExport: ((department?: string) => void) | null; exporting: boolean }) {
  const complete = progress.departments.every((d) => d.stages.every((s) => s.done >= s.required))
  return (
    <section className="card progress-board" data-testid="progress-board" data-complete={String(complete)}>
      <h2 className="panel-title">
        {t('ui.progress.title')}
        <span className={complete ? 'chip chip-ok' : 'chip chip-warn'} data-testid="progress-state">
          {complete ? t('ui.progress.complete') : t('ui.progress.incomplete')}
        </span>
        {onExport && (
          <button type="button" className="button button-small" data-testid="reminders-export" disabled={exporting || complete} onClick={() => onExport()}>
            {t('ui.progress.export')}
          </button>
        )}
      </h2>
      <div className="progress-depts">
        {progress.departments.map((d) => {
          const missing = d.stages.flatMap((s) => s.missing.map((m) => ({ ...m, stage: s.name })))
          return (
            <div className="progress-dept" key={d.department} data-testid="progress-dept" data-department={d.department}>
              <div className="progress-dept-head">
                <strong data-user-text>{d.department}</strong>
                <span className="muted">{t('ui.progress.headcount', { n: d.headcount })}</span>
              </div>
              <div className="progress-stages">
                {d.stages.map((s) => {
                  const ratio = s.required === 0 ? 1 : s.done / s.required
                  return (
                    <div key={s.stage} className="progress-stage" data-stage={s.stage} data-done={s.done} data-required={s.required}>
                      <span className="progress-stage-name">{s.name}</span>
                      <span className="progress-track">
                        <span className="progress-fill" style={{ width: `${Math.round(ratio * 100)}%` }} />
                      </span>
                      <span className="progress-count">
                        {s.done}/{s.required}
                      </span>
                    </div>
                  )
                })}
              </div>
              {missing.length > 0 && (
                <p className="progress-missing small" data-testid="progress-missing">
                  {t('ui.progress.missing')}
                  {missing.slice(0, SHOWN_NAMES).map((m, i) => (
                    <span key={`${m.staffNo}-${m.stage}`}>
                      {i > 0 && t('ui.progress.missingSeparator')}
                      <span data-user-text>{m.name}</span>
                      {t('ui.progress.missingStage', { stage: m.stage })}
                    </span>
                  ))}
                  {missing.length > SHOWN_NAMES ? t('ui.progress.more', { n: missing.length - SHOWN_NAMES }) : ''}
                </p>
              )}
            </div>
          )
        })}
      </div>
    </section>
  )
}
