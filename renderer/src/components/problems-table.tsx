import { useState } from 'react'
import type { ImportProblem } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { downloadFile } from '../lib/files'
import { rpc } from '../lib/rpc'
import { useNotify } from './notify'

const SHOWN = 500

/** Located problems of a file (sheet, row, column), as the import preview and error toasts show them. */
export function ProblemsTable({ problems, compact = false, fileName }: { problems: ImportProblem[]; compact?: boolean; fileName?: string }) {
  const shown = problems.slice(0, compact ? 8 : SHOWN)
  return (
    <div className={compact ? 'problems problems-compact' : 'problems'}>
      {fileName && problems.length > 0 && <ExportProblems fileName={fileName} problems={problems} />}
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

/** 导出问题清单: every problem (not only the ones shown) as a workbook, for whoever fixes the file. */
function ExportProblems({ fileName, problems }: { fileName: string; problems: ImportProblem[] }) {
  const notify = useNotify()
  const [busy, setBusy] = useState(false)
  const run = async () => {
    setBusy(true)
    try {
      downloadFile(await rpc('import-problems-export', { fileName, problems: problems.map((p) => ({ ...p, value: p.value ?? null })) }))
    } catch (e) {
      notify.error(e)
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="problems-actions">
      <button type="button" className="button" data-testid="problems-export" disabled={busy} onClick={() => void run()}>
        {t('ui.import.exportProblems')}
      </button>
    </div>
  )
}
