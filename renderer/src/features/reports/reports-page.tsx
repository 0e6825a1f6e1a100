import { useState } from 'react'
import type { ProgressEvent } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { useNotify } from '../../components/notify'
import { Empty, Page } from '../../components/page'
import { periodKindText, periodStatusText, usePeriodChoice } from '../../components/period-picker'
import { ProgressBar } from '../../components/progress-bar'
import { TemplateButton } from '../../components/template-button'
import { dateTime } from '../../lib/format'
import { downloadFile } from '../../lib/files'
import { isCancelled, rpc } from '../../lib/rpc'
import { DepartmentCharts } from './department-charts'
import './reports.css'

export function ReportsPage() {
  const notify = useNotify()
  const { period, picker } = usePeriodChoice()
  const [running, setRunning] = useState<AbortController | null>(null)
  const [progress, setProgress] = useState<ProgressEvent | null>(null)
  const [last, setLast] = useState<{ fileName: string; at: string } | null>(null)

  const exportReport = async () => {
    if (!period) return
    const c = new AbortController()
    setRunning(c)
    setProgress(null)
    try {
      const file = await rpc('report-export', { period: period.id }, { signal: c.signal, onProgress: setProgress })
      downloadFile(file)
      setLast({ fileName: file.fileName, at: new Date().toISOString() })
      notify.success(t('ui.reports.exported', { file: file.fileName }))
    } catch (e) {
      if (isCancelled(e)) notify.info(t('error.cancelled'))
      else notify.error(e)
    } finally {
      setRunning(null)
    }
  }

  return (
    <Page title={t('nav.reports')} testId="page-reports" actions={picker}>
      <div className="cards">
        <section className="card" data-testid="report-card">
          <h2 className="panel-title">{t('ui.reports.periodReport')}</h2>
          {!period ? (
            <Empty>{t('ui.period.needOne')}</Empty>
          ) : (
            <>
              <dl className="facts facts-stacked">
                <div>
                  <dt>{t('ui.period.label')}</dt>
                  <dd>{period.name && period.name !== period.id ? `${period.id} · ${period.name}` : period.id}</dd>
                </div>
                <div>
                  <dt>{t('ui.periods.kind')}</dt>
                  <dd>
                    {periodKindText(period.kind)} · {periodStatusText(period.status)}
                  </dd>
                </div>
                <div>
                  <dt>{t('ui.periods.scheme')}</dt>
                  <dd>{t('ui.scheme.option', { name: period.schemeName, version: period.schemeVersion })}</dd>
                </div>
                <div>
                  <dt>{t('ui.periods.computedAt')}</dt>
                  <dd>{period.computedAt ? dateTime(period.computedAt) : t('ui.periods.notComputed')}</dd>
                </div>
              </dl>
              <p className="muted">{t('ui.reports.contents')}</p>
              {!period.computedAt && <p className="hint">{t('ui.reports.computeFirst')}</p>}
              {running && <ProgressBar testId="export-progress" event={progress} label={t('progress.exporting')} onCancel={() => running.abort()} />}
              <div className="form-actions">
                <button type="button" className="button button-primary" data-testid="report-export" disabled={running !== null} onClick={() => void exportReport()}>
                  {t('ui.reports.export')}
                </button>
              </div>
              {last && (
                <p className="muted" data-testid="report-last">
                  {t('ui.reports.last', { file: last.fileName, at: dateTime(last.at) })}
                </p>
              )}
            </>
          )}
        </section>
        <section className="card" data-testid="templates-card">
          <h2 className="panel-title">{t('ui.reports.templates')}</h2>
          <p className="muted">{t('ui.reports.templatesHint')}</p>
          <ul className="template-list">
            <li>
              <div>
                <strong>{t('ui.template.roster')}</strong>
                <p className="muted small">{t('ui.template.rosterHint')}</p>
              </div>
              <TemplateButton kind="roster" label={t('action.download')} />
            </li>
            <li>
              <div>
                <strong>{t('ui.template.scheme')}</strong>
                <p className="muted small">{t('ui.template.schemeHint')}</p>
              </div>
              <TemplateButton kind="scheme" label={t('action.download')} />
            </li>
            <li>
              <div>
                <strong>{t('ui.template.ratings')}</strong>
                <p className="muted small">{t('ui.template.ratingsHint')}</p>
              </div>
              <TemplateButton kind="ratings" label={t('action.download')} />
            </li>
          </ul>
        </section>
        {period && <DepartmentCharts period={period} />}
      </div>
    </Page>
  )
}
