import type { ReactNode } from 'react'
import type { RpcFailure } from '../lib/rpc'
import { t } from '../../../shared/i18n'
import { ProblemsTable } from './problems-table'
import { ErrorLine } from './error-line'
import './page.css'

/** The frame of every screen: a title row with its actions, then the content filling the rest. */
export function Page({ title, testId, actions, children, subtitle }: { title: string; testId: string; actions?: ReactNode; children: ReactNode; subtitle?: ReactNode }) {
  return (
    <section className="page" data-testid={testId}>
      <header className="page-head">
        <div>
          <h1>{title}</h1>
          {subtitle && <div className="page-subtitle">{subtitle}</div>}
        </div>
        <div className="toolbar">{actions}</div>
      </header>
      <div className="page-body">{children}</div>
    </section>
  )
}

/** A load that failed, in place of the content it would have shown, with a retry. */
export function LoadError({ error, onRetry }: { error: RpcFailure; onRetry?: () => void }) {
  return (
    <ErrorLine testId="load-error" code={error.code}>
      <p>{error.message}</p>
      {error.problems.length > 0 && <ProblemsTable problems={error.problems} />}
      {onRetry && (
        <button type="button" className="button button-small" onClick={onRetry}>
          {t('action.refresh')}
        </button>
      )}
    </ErrorLine>
  )
}

export function Empty({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <div className="empty" data-testid={testId}>
      {children}
    </div>
  )
}
