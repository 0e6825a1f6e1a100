import { useState } from 'react'
import type { ImportPreview } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { ImportDialog } from '../../components/import-dialog'
import { rpc } from '../../lib/rpc'
import '../stages/stages.css'

const reimportPatterns = (['zh-CN', 'en'] as const).map(
  (locale) => new RegExp(t('history.note.reimport', undefined, locale).replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.*')),
)

/** The backend announces a file seen before with one note (its words in either language). */
export function isHistoryReimport(p: ImportPreview): boolean {
  return p.notes.some((n) => reimportPatterns.some((re) => re.test(n)))
}

/**
 * 导入历史等次 through the shared preview. The same file again is refused unless replaced, so the
 * replace choice appears (ticked, as the preview's note explains) only when the backend says so.
 */
export function HistoryImportDialog({ file, onImported, onClose }: { file: File; onImported(): void; onClose(): void }) {
  const [seenBefore, setSeenBefore] = useState(false)
  const [replace, setReplace] = useState(false)
  const fields = seenBefore ? (
    <label className="field check-field check-field-warn">
      <span className="field-label">{t('ui.history.replaceLabel')}</span>
      <span className="check-line">
        <input type="checkbox" data-testid="history-replace" checked={replace} onChange={(e) => setReplace(e.target.checked)} />
        <span>{t('ui.history.replaceOffered')}</span>
      </span>
    </label>
  ) : undefined
  return (
    <ImportDialog
      title={t('ui.history.importTitle')}
      file={file}
      fields={fields}
      preview={async (input, opts) => {
        const p = await rpc('history-import-preview', { file: input }, opts)
        const again = isHistoryReimport(p)
        setSeenBefore(again)
        if (again) setReplace(true)
        return p
      }}
      commit={(input, opts) => rpc('history-import', { file: input, replace: replace || undefined }, opts)}
      onImported={onImported}
      onClose={onClose}
    />
  )
}
