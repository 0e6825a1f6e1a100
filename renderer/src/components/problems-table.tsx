import type { ImportProblem } from '../../../shared/contract'
import { t } from '../../../shared/i18n'

const SHOWN = 500

/** Located problems of a file (sheet, row, column), as the import preview and error toasts show them. */
export function ProblemsTable({ problems, compact = false }: { problems: ImportProblem[]; compact?: boolean }) {
  const shown = problems.slice(0, compact ? 8 : SHOWN)
  return (
    <div className={compact ? 'problems problems-compact' : 'problems'}>
      <table className="table" data-testid="problems-table">
        <thead>
          <tr>
            <th>{t('ui.problem.severity')}</th>
            <th>{t('ui.problem.sheet')}</th>
            <th className="num">{t('ui.problem.row')}</th>
            <th>{t('ui.problem.column')}</th>
            <th>{t('import.problems.value')}</th>
            <th>{t('ui.problem.message')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p, i) => (
            <tr key={i} className={`problem-${p.severity}`} data-testid="problem-row" data-severity={p.severity}>
              <td>
                <span className={`chip chip-${p.severity === 'error' ? 'bad' : 'warn'}`}>
                  {p.severity === 'error' ? t('ui.problem.error') : t('ui.problem.warning')}
                </span>
              </td>
              <td>{p.sheet || '—'}</td>
              <td className="num">{p.row ?? '—'}</td>
              <td>{p.column ? (p.columnName ? t('ui.problem.columnNamed', { column: p.column, name: p.columnName }) : p.column) : '—'}</td>
              <td className="wrap" data-user-text data-testid="problem-value">
                {p.value ?? '—'}
              </td>
              <td className="wrap">{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > shown.length && <p className="muted">{t('ui.problem.more', { n: problems.length - shown.length })}</p>}
    </div>
  )
}

