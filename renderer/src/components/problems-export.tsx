import { useState } from 'react'
import type { ImportProblem } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { downloadFile } from '../lib/files'
import { rpc } from '../lib/rpc'
import { useNotify } from './notify'

/** 导出问题清单: every problem (not only the ones shown) as a workbook, for whoever fixes the file. */
export function ExportProblems({ fileName, problems }: { fileName: string; problems: ImportProblem[] }) {
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
