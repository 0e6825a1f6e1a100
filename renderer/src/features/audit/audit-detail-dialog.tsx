import type { AuditEntry } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { methodWords } from '../../../../shared/i18n/method-words'
import { Dialog } from '../../components/dialog'
import { Facts } from '../../components/facts'
import { dateTime } from '../../lib/format'
import { auditRoleWords, full } from './audit-words'

/** One entry whole: who, when, what, and the before and after in full (the grid shows them cut). */
export function AuditDetailDialog({ entry, onClose }: { entry: AuditEntry; onClose(): void }) {
  const words = methodWords(entry.method)
  const facts = [
    { label: t('ui.auditLog.col.at'), value: dateTime(entry.at) },
    { label: t('ui.auditLog.col.user'), value: entry.user },
    { label: t('ui.auditLog.col.role'), value: auditRoleWords(entry.role) },
    // the stored name beside the words: what a query of the log (kaohe audit list --method) takes
    { label: t('ui.auditLog.col.method'), value: words === entry.method ? words : `${words}（${entry.method}）` },
    { label: t('ui.auditLog.col.entity'), value: entry.entity },
    { label: t('ui.auditLog.col.entityId'), value: entry.entityId ?? '—' },
  ]
  return (
    <Dialog
      title={t('ui.auditLog.detail.title', { id: entry.id })}
      testId="audit-detail-dialog"
      wide
      onClose={onClose}
      footer={
        <>
          <span className="grow" />
          <button type="button" className="button" data-testid="audit-detail-close" onClick={onClose}>
            {t('action.close')}
          </button>
        </>
      }
    >
      <Facts facts={facts} />
      <div className="audit-change">
        <section>
          <h3>{t('ui.auditLog.col.before')}</h3>
          <pre data-testid="audit-detail-before">{full(entry.before)}</pre>
        </section>
        <section>
          <h3>{t('ui.auditLog.col.after')}</h3>
          <pre data-testid="audit-detail-after">{full(entry.after)}</pre>
        </section>
      </div>
    </Dialog>
  )
}
