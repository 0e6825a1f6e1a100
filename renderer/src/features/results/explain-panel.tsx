import { useEffect, type ReactNode } from 'react'
import type { PersonExplanation, StoredSettings } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { domainWord } from '../../../../shared/i18n/domain-words'
import { useNotify } from '../../components/notify'
import { LoadError } from '../../components/page'
import { downloadFile } from '../../lib/files'
import { rpc } from '../../lib/rpc'
import { useRpcQuery } from '../../lib/use-rpc'
import { ExplainAnnual } from './explain-annual'
import { ExplainCharts } from './explain-charts'
import { ExplainDimensions } from './explain-dimensions'
import { ExplainIndicators } from './explain-indicators'
import { FlagBadges } from './flag-badges'
import { GradeChip } from './grade-chip'
import { shown } from './shown'
import { Facts } from '../../components/facts'
import { useSubmit } from '../../lib/use-submit'
import { OfficeText } from '../../components/office-text'

function Section({ title, testId, children, open = true }: { title: string; testId: string; children: ReactNode; open?: boolean }) {
  return (
    <details className="explain-section" data-testid={testId} open={open}>
      <summary>{title}</summary>
      <div className="explain-section-body">{children}</div>
    </details>
  )
}

function Head({ e }: { e: PersonExplanation }) {
  return (
    <div className="explain-head">
      <div className="explain-who">
        <strong data-testid="explain-name" data-user-text="">
          {e.name}
        </strong>
        <span className="muted" data-user-text="">
          {e.staffNo} · {e.department} · {e.periodName || e.period}
        </span>
      </div>
      <Facts
        className="explain-facts"
        facts={[
          { label: t('ui.explain.total'), value: shown(e.totalRounded ?? e.total), valueProps: { className: 'explain-total', 'data-testid': 'explain-total' } },
          { label: t('ui.explain.weightedTotal'), value: shown(e.weightedTotal), valueProps: { 'data-testid': 'explain-weighted-total' } },
          {
            label: t('ui.results.rank'),
            value: e.rank === null ? t('ui.explain.noRank') : t('ui.explain.rank', { rank: e.rank, graded: e.graded }),
            valueProps: { 'data-testid': 'explain-rank', 'data-rank': e.rank ?? '' },
          },
          { label: t('ui.explain.grade'), value: <GradeChip grade={e.grade} />, valueProps: { 'data-testid': 'explain-grade', 'data-grade': e.grade } },
        ]}
      />
      <p className="muted small" data-testid="explain-input-counts" data-satisfaction={e.inputCounts.satisfaction} data-ballots={e.inputCounts.ballots} data-measures={e.inputCounts.measures}>
        {t('ui.explain.inputCounts', { ...e.inputCounts })}
      </p>
      {e.proposedGrade !== e.grade && (
        <p className="hint" data-testid="explain-proposed" data-grade={e.proposedGrade}>
          {t('ui.explain.overridden', { grade: domainWord(e.proposedGrade) })}
        </p>
      )}
    </div>
  )
}

function Adjustments({ e }: { e: PersonExplanation }) {
  if (e.adjustments.length === 0) return <p className="muted">{t('ui.explain.none')}</p>
  return (
    <ul className="plain-list explain-adjustments">
      {e.adjustments.map((a, i) => (
        <li key={i} data-testid={`explain-adjustment-${a.kind}`}>
          <span className="chip">{t(`ui.explain.adjustment.${a.kind}`)}</span> <strong>{a.item}</strong>
          {a.points !== null && <span className="mono"> {a.points > 0 ? `+${shown(a.points)}` : shown(a.points)}</span>}
          <div className="muted small">{a.rule}</div>
          {a.reason && <div className="small">{t('ui.explain.reasonLine', { reason: a.reason })}</div>}
        </li>
      ))}
    </ul>
  )
}

/**
 * How one person's result was reached, beside the grid: every number with where it came from, as
 * the 个人考核结果单 prints it. `version` changes after a decision so the panel reads it again.
 */
export function ExplainPanel({ period, staffNo, version, settings, onClose }: { period: string; staffNo: string; version: number; settings: StoredSettings | null; onClose(): void }) {
  const notify = useNotify()
  const query = useRpcQuery('results-explain', { period, staffNo })
  const exporting = useSubmit(notify.error)
  const { reload } = query
  useEffect(() => {
    if (version > 0) reload()
  }, [version, reload])
  const e = query.data && query.data.staffNo === staffNo && query.data.period === period ? query.data : null

  const exportSheet = () =>
    exporting.submit(async () => {
      const file = await rpc('results-explain-export', { period, staffNo })
      downloadFile(file)
      notify.success(t('ui.explain.exported', { file: file.fileName }))
    })

  return (
    <aside className="explain-panel" data-testid="explain-panel" data-staff={staffNo} data-loaded={e !== null && !query.loading}>
      <header className="explain-bar">
        <h2>{t('ui.explain.title')}</h2>
        <span className="grow" />
        <button type="button" className="button button-small" data-testid="explain-export" title={t('ui.explain.exportTip')} disabled={!e || exporting.busy} onClick={() => void exportSheet()}>
          {t('ui.explain.export')}
        </button>
        <button type="button" className="icon-button" aria-label={t('action.close')} data-testid="explain-close" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="explain-body">
        {query.error && <LoadError error={query.error} onRetry={reload} />}
        {!e && !query.error && <p className="muted">{t('ui.explain.loading')}</p>}
        {e && (
          <>
            <Head e={e} />
            {e.flags.length > 0 && (
              <Section title={t('ui.explain.flags')} testId="explain-flags">
                <FlagBadges flags={e.flags} />
                <ul className="plain-list explain-flag-texts">
                  {e.flags.map((f, i) => (
                    <li key={i} data-kind={f.kind}>
                      {f.text}
                    </li>
                  ))}
                </ul>
              </Section>
            )}
            <Section title={t('ui.explain.indicators')} testId="explain-indicators-section">
              <ExplainIndicators indicators={e.indicators} />
            </Section>
            <Section title={t('ui.explain.adjustments')} testId="explain-adjustments">
              <Adjustments e={e} />
            </Section>
            <Section title={t('ui.explain.dimensions')} testId="explain-dimensions-section">
              <ExplainDimensions dimensions={e.dimensions} />
            </Section>
            <Section title={t('ui.charts.explain.title')} testId="explain-charts-section">
              <ExplainCharts e={e} />
            </Section>
            {e.annual && (
              <Section title={t('ui.explain.annual')} testId="explain-annual-section">
                <ExplainAnnual annual={e.annual} settings={settings} />
              </Section>
            )}
            <Section title={t('ui.explain.rules')} testId="explain-rules" open={false}>
              <ul className="explain-rules">
                {e.rules.map((r, i) => (
                  <li key={i}>
                    <OfficeText text={r} />
                  </li>
                ))}
              </ul>
            </Section>
          </>
        )}
      </div>
    </aside>
  )
}
