import type { templateKinds } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { downloadFile } from '../lib/files'
import { rpc } from '../lib/rpc'
import { useSubmit } from '../lib/use-submit'
import { useNotify } from './notify'

/** Downloads the empty import template of one kind (template-get). */
export function TemplateButton({ kind, label }: { kind: (typeof templateKinds)[number]; label?: string }) {
  const notify = useNotify()
  const download = useSubmit(notify.error)
  return (
    <button
      type="button"
      className="button"
      data-testid={`template-${kind}`}
      disabled={download.busy}
      onClick={() => void download.submit(async () => downloadFile(await rpc('template-get', { kind })))}
    >
      {label ?? t('ui.template.download')}
    </button>
  )
}
