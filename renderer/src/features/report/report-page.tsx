import { useState } from 'react'
import { commitMethod } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { FormActions } from '../../components/field'
import { Facts } from '../../components/facts'
import { Checkbox } from '../../components/inputs'
import { Page } from '../../components/page'
import { NoPeriod, periodKindText, periodStatusText, usePeriodChoice } from '../../components/period-picker'
import { ProgressBar } from '../../components/progress-bar'
import { TemplateButton } from '../../components/template-button'
import { dateTime } from '../../lib/format'
import { useMayCall } from '../../lib/route-access'
import { rpc } from '../../lib/rpc'
import { DepartmentCharts } from './department-charts'
import { useExport } from '../../lib/use-export'
import './report.css'
import { OfficeText } from '../../components/office-text'
import { officeText } from '../../../../shared/i18n/office-text'

/** the import templates offered here, in the order an office needs them */
const templates = ['roster', 'scheme', 'ratings'] as const

export function ReportPage() {
  const { period, picker } = usePeriodChoice()
  const report = useExport()
  const [last, setLast] = useState<{ fileName: string; at: string } | null>(null)
  const [omitSensitive, setOmitSensitive] = useState(false)
  // only the annual report carries a sensitive field (出生年月 on the registration forms)
  const sensitive = period?.kind === 'annual'
  const mayCompute = useMayCall('results-compute')
  // the templates are for the imports: a role that imports none of them is not told to import them
  const mayImport = [useMayCall(commitMethod('roster')), useMayCall(commitMethod('scheme')), useMayCall(commitMethod('ratings'))].some(Boolean)

  const exportReport = async () => {
    if (!period) return
    const file = await report.run((opts) => rpc('report-export', { period: period.id, ...(sensitive && omitSensitive ? { omitSensitive: true } : {}) }, opts))
    if (file) setLast({ fileName: file.fileName, at: new Date().toISOString() })
  }

  return (
    <Page title={t('nav.report')} testId="page-report" actions={picker}>
      <div className="cards">
        <section className="card" data-testid="report-card">
          <h2 className="panel-title">{t('ui.report.periodReport')}</h2>
          {!period ? (
            <NoPeriod />
          ) : (
            <>
              <Facts
                stacked
                facts={[
                  { label: t('ui.period.label'), value: <span data-user-text="">{period.name && period.name !== period.id ? `${period.id} · ${period.name}` : period.id}</span> },
                  { label: t('ui.period.kind'), value: `${periodKindText(period.kind)} · ${periodStatusText(period.status)}` },
                  { label: t('ui.period.scheme'), value: <OfficeText text={t('ui.scheme.option', { name: officeText(period.schemeName), version: period.schemeVersion })} /> },
                  { label: t('ui.period.computedAt'), value: period.computedAt ? dateTime(period.computedAt) : t('ui.period.notComputed') },
                ]}
              />
              <p className="muted">{t('ui.report.contents')}</p>
              {!period.computedAt && <p className="hint">{t(mayCompute ? 'ui.report.computeFirst' : 'ui.report.computeFirstReader')}</p>}
              {report.running && <ProgressBar testId="export-progress" event={report.progress} label={t('progress.exporting')} onCancel={report.cancel} />}
              <FormActions className="report-export-actions">
                {sensitive && (
                  <Checkbox className="field field-check" testId="omit-sensitive" checked={omitSensitive} onChange={setOmitSensitive} label={t('report.omitSensitive')} />
                )}
                <button type="button" className="button button-primary" data-testid="report-export" disabled={report.running} onClick={() => void exportReport()}>
                  {t('ui.report.export')}
                </button>
              </FormActions>
              {last && (
                <p className="muted" data-testid="report-last">
                  {t('ui.report.last', { file: last.fileName, at: dateTime(last.at) })}
                </p>
              )}
            </>
          )}
        </section>
        <section className="card" data-testid="templates-card">
          <h2 className="panel-title">{t('ui.report.templates')}</h2>
          <p className="muted">{t(mayImport ? 'ui.report.templatesHint' : 'ui.report.templatesHintReader')}</p>
          <ul className="template-list">
            {templates.map((k) => (
              <li key={k}>
                <div>
                  <strong>{t(`ui.template.${k}`)}</strong>
                  <p className="muted small">{t(`ui.template.${k}Hint`)}</p>
                </div>
                <TemplateButton kind={k} label={t('action.download')} />
              </li>
            ))}
          </ul>
        </section>
        {period && <DepartmentCharts period={period} />}
      </div>
    </Page>
  )
}
