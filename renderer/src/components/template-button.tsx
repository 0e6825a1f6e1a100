import { useState } from 'react'
import type { templateKinds } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { downloadFile } from '../lib/files'
import { rpc } from '../lib/rpc'
import { useNotify } from './notify'

/** Downloads the empty import template of one kind (template-get). */
export function TemplateButton({ kind, label }: { kind: (typeof templateKinds)[number]; label?: string }) {
  const notify = useNotify()
  const [busy, setBusy] = useState(false)
  return (
    <button
      type="button"
      className="button"
      data-testid={`template-${kind}`}
      disabled={busy}
      onClick={async () => {
        setBusy(true)
        try {
          downloadFile(await rpc('template-get', { kind }))
        } catch (e) {
          notify.error(e)
        } finally {
          setBusy(false)
        }
      }}
    >
      {label ?? t('ui.template.download')}
    </button>
  )
}
