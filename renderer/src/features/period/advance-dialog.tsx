import type { BlockedGroup, Period } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { FormDialog } from '../../components/dialog'
import { ErrorLine } from '../../components/error-line'
import { periodStatusText } from '../../components/period-picker'
import { rpc } from '../../lib/rpc'
import { useRpcQuery } from '../../lib/use-rpc'
import { useSubmit } from '../../lib/use-submit'
import { BlockedGroups } from './blocked-groups'
import './period.css'

/** The refusal's message lists its reasons one a line (after a heading line): shown as a list. */
export function reasonLines(message: string): { head: string; reasons: string[] } {
  const lines = message
    .split(/\n+/)
    .map((l) => l.replace(/^\s*[-•·\d.、）)]+\s*/, '').trim())
    .filter(Boolean)
  if (lines.length <= 1) return { head: '', reasons: lines }
  return { head: lines[0], reasons: lines.slice(1) }
}

/**
 * 推进到下一阶段: says where the period goes and what still stops it (from the progress check), and
 * on a refusal by the backend shows its reasons as a list; nothing changes until 推进 succeeds.
 */
export function AdvanceDialog({ period, onDone, onClose, onFix }: { period: Period; onDone(p: Period): void; onClose(): void; onFix(group: BlockedGroup): void }) {
  const progress = useRpcQuery('period-progress', { period: period.id })
  const saving = useSubmit()
  // the refusal's reasons as a list, in place of the dialog's one-line error
  const refusal = saving.error === null ? null : reasonLines(saving.error)
  const next = progress.data?.next
  const advance = () =>
    saving.submit(async () => {
      try {
        onDone(await rpc('period-advance', { id: period.id }))
      } catch (e) {
        // what stops the step may have changed since the dialog opened
        progress.reload()
        throw e
      }
    })
  const blocked = next && !next.allowed ? next.reasons : []
  return (
    <FormDialog
      title={t('ui.advance.title', { id: period.id })}
      testId="period-advance-dialog"
      onClose={onClose}
      submit={{ busy: saving.busy }}
      action={{ label: t('ui.advance.confirm'), ok: Boolean(next?.to && next.allowed), why: next?.to ? t('ui.advance.confirmWhy') : null, onOk: advance, testId: 'period-advance-confirm' }}
    >
      <p data-testid="period-advance-step">
        {next?.to
          ? t('ui.advance.step', { from: periodStatusText(period.status), to: periodStatusText(next.to as Period['status']) })
          : progress.loading
            ? t('ui.loading')
            : t('ui.advance.last')}
      </p>
      {blocked.length > 0 && !refusal && (
        <div className="banner banner-bad reason-banner" data-testid="period-advance-blocked">
          <p>{t('ui.advance.blocked')}</p>
          {next && next.others.length > 0 && (
            <ul className="plain-list reason-list">
              {next.others.map((r, i) => (
                <li key={i} data-testid="period-advance-reason">
                  {r}
                </li>
              ))}
            </ul>
          )}
          {next && next.groups.length > 0 && <BlockedGroups groups={next.groups} onFix={onFix} />}
        </div>
      )}
      {next?.allowed && !refusal && <p className="banner banner-ok">{t('ui.advance.allowed')}</p>}
      {refusal && (
        <ErrorLine testId="period-advance-refusal" className="reason-banner">
          <p>{refusal.head || t('ui.advance.refused')}</p>
          <ul className="plain-list reason-list">
            {refusal.reasons.map((r, i) => (
              <li key={i} data-testid="period-advance-refusal-reason">
                {r}
              </li>
            ))}
          </ul>
        </ErrorLine>
      )}
    </FormDialog>
  )
}
