import { Fragment, useState } from 'react'
import type { ExplainedIndicator, ExplainedRating } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { domainWord } from '../../../../shared/i18n/domain-words'
import { shown, shownPercent } from './shown'
import { num, TableHead } from '../../components/table-head'

function RatingsDetail({ indicator }: { indicator: ExplainedIndicator }) {
  const byRole = new Map<string, ExplainedRating[]>()
  for (const r of indicator.ratings) byRole.set(r.role, [...(byRole.get(r.role) ?? []), r])
  return (
    <div className="explain-ratings" data-testid={`explain-ratings-${indicator.code}`}>
      <div className="muted small">{t('ui.explain.sourceLine', { source: t(`ui.explain.source.${indicator.source}`) })}</div>
      {indicator.inputs.length > 0 && (
        <ul className="plain-list">
          {indicator.inputs.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      {indicator.roles.map((role) => (
        <div key={role.role} className="explain-role" data-testid={`explain-role-${indicator.code}-${role.role}`}>
          <div className="explain-role-line">
            {t(role.fromSatisfaction ? 'ui.explain.citizenRoleLine' : 'ui.explain.roleLine', {
              role: domainWord(role.role),
              count: role.count,
              mean: shown(role.mean),
              weight: shownPercent(role.weight),
              effective: shownPercent(role.effectiveWeight),
            })}
          </div>
          <div className="explain-scores">
            {(byRole.get(role.role) ?? []).map((r, i) => {
              const mark = r.excluded ? t('ui.explain.excluded') : r.trimmed ? t('ui.explain.trimmed') : null
              return (
                <span
                  key={i}
                  className={`explain-score${mark ? ' explain-score-dropped' : ''}`}
                  data-trimmed={r.trimmed}
                  data-excluded={r.excluded}
                  title={`${r.rater ?? t('ui.explain.anonymous')}${mark ? ` · ${mark}` : ''}`}
                >
                  <span className="explain-score-value">{shown(r.score)}</span>
                  {mark && <small className="explain-score-mark">{mark}</small>}
                </span>
              )
            })}
          </div>
        </div>
      ))}
    </div>
  )
}

const pct = (fraction: number) => `${shownPercent(fraction)}%`

const hasDetail = (i: ExplainedIndicator) => i.ratings.length > 0 || i.roles.length > 0 || i.inputs.length > 0

/**
 * The scheme tree as it applied to the person: weights as set, as rescaled over what applies, and as
 * a share of the total; score and the points it adds. A row with ratings opens to show them by role,
 * the trimmed and excluded ones marked.
 */
export function ExplainIndicators({ indicators }: { indicators: readonly ExplainedIndicator[] }) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set())
  const toggle = (code: string) =>
    setOpen((s) => {
      const next = new Set(s)
      if (next.has(code)) next.delete(code)
      else next.add(code)
      return next
    })
  return (
    <div className="explain-table-box">
      <table className="table" data-testid="explain-indicators">
        <TableHead cells={[t('ui.explain.col.indicator'), num(t('ui.explain.col.weight')), num(t('ui.explain.col.effective')), num(t('ui.explain.col.global')), num(t('ui.explain.col.score')), num(t('ui.explain.col.contribution'))]} />
        <tbody>
          {indicators.map((i) => {
            const expanded = open.has(i.code)
            const muted = !i.applicable || i.exempted
            return (
              <Fragment key={i.code}>
                <tr
                  className={`${i.depth === 0 ? 'explain-dimension-row' : ''}${muted ? ' muted' : ''}`}
                  data-testid={`explain-indicator-${i.code}`}
                  data-depth={i.depth}
                  data-applicable={i.applicable}
                  data-exempted={i.exempted}
                >
                  <td className="wrap">
                    <span className="explain-name" style={{ paddingLeft: i.depth * 16 }}>
                      {hasDetail(i) ? (
                        <button
                          type="button"
                          className="tree-toggle"
                          aria-expanded={expanded}
                          aria-label={expanded ? t('ui.explain.hideRatings') : t('ui.explain.showRatings')}
                          title={expanded ? t('ui.explain.hideRatings') : t('ui.explain.showRatings')}
                          data-testid={`explain-toggle-${i.code}`}
                          onClick={() => toggle(i.code)}
                        >
                          {expanded ? '▾' : '▸'}
                        </button>
                      ) : (
                        <span className="tree-leaf" />
                      )}
                      <span className="mono muted">{i.code}</span> <span data-user-text="">{domainWord(i.name)}</span>
                      {i.exempted && <span className="chip chip-info explain-tag">{t('ui.explain.exempted')}</span>}
                      {!i.applicable && !i.exempted && <span className="chip explain-tag">{t('ui.explain.notApplicable')}</span>}
                    </span>
                  </td>
                  <td className="num">{pct(i.weight)}</td>
                  <td className="num">{i.applicable ? pct(i.effectiveWeight) : '—'}</td>
                  <td className="num">{i.applicable ? pct(i.globalWeight) : '—'}</td>
                  <td className="num" data-testid={`explain-score-${i.code}`}>
                    {shown(i.score)}
                  </td>
                  <td className="num cell-strong" data-testid={`explain-contribution-${i.code}`}>
                    {shown(i.contribution)}
                  </td>
                </tr>
                {expanded && (
                  <tr className="explain-detail-row">
                    <td colSpan={6} className="wrap">
                      <RatingsDetail indicator={i} />
                    </td>
                  </tr>
                )}
              </Fragment>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
