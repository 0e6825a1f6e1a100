import type { WeightDecision } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { dateTime, percent } from '../../../lib/format'
import { TableHead } from '../../../components/table-head'

/** The weight decisions on record for this node: who applied which method when, and the weights it gave. */
export function WeightsHistory({ decisions, names }: { decisions: WeightDecision[]; names: Map<string, string> }) {
  if (decisions.length === 0)
    return (
      <p className="muted" data-testid="weights-history-empty">
        {t('ui.weights.historyEmpty')}
      </p>
    )
  return (
    <div className="table-scroll">
      <table className="table" data-testid="weights-history">
        <TableHead cells={[t('ui.weights.decidedAt'), t('ui.weights.method'), t('ui.weights.decidedBy'), t('ui.weights.result')]} />
        <tbody>
          {decisions.map((d) => (
            <tr key={d.id} data-testid="weights-history-row" data-method={d.method}>
              <td>{dateTime(d.decidedAt)}</td>
              <td>{t(`ui.weights.tab.${d.method}`)}</td>
              <td>{d.decidedBy}</td>
              <td className="wrap">
                {Object.entries(d.weights)
                  .map(([code, w]) => `${names.get(code) ?? code} ${percent(w)}%`)
                  .join(t('ui.listSeparator'))}
                {summary(d)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function summary(d: WeightDecision): string {
  const r = d.result as { cr?: unknown } | null
  if (d.method === 'ahp' && r && typeof r.cr === 'number') return t('ui.weights.crNote', { cr: r.cr.toFixed(3) })
  return ''
}
