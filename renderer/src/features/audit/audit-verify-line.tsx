import type { AuditVerification } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'

/**
 * The outcome of 核验: green with the rows checked and the last row's check code (worth writing down
 * outside the file: a log rewritten whole verifies again but ends elsewhere), or red naming the row.
 */
export function AuditVerifyLine({ verification, shown, onClose }: { verification: AuditVerification; shown: boolean; onClose(): void }) {
  const ok = verification.ok
  return (
    <div className={ok ? 'banner banner-ok audit-verify' : 'banner banner-bad audit-verify'} role={ok ? 'status' : 'alert'} data-testid="audit-verify-result" data-ok={ok}>
      <div className="audit-verify-text">
        <p data-testid="audit-verify-message">{verification.message}</p>
        {verification.ok && verification.lastId !== null && (
          <p className="audit-verify-code">
            {t('ui.auditLog.verify.last', { id: verification.lastId })}
            <code data-testid="audit-verify-hash">{verification.lastHash}</code>
          </p>
        )}
        {!verification.ok && <p>{shown ? t('ui.auditLog.verify.rowShown', { id: verification.id }) : t('ui.auditLog.verify.rowNotShown', { id: verification.id })}</p>}
      </div>
      <button type="button" className="icon-button" data-testid="audit-verify-close" aria-label={t('action.close')} onClick={onClose}>
        ×
      </button>
    </div>
  )
}
