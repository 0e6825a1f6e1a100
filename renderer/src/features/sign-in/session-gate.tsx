import { useEffect, type ReactNode } from 'react'
import type { SessionInfo } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { LoadError } from '../../components/page'
import { useSession } from '../../lib/session'
import { useRpcQuery } from '../../lib/use-rpc'
import { FirstLaunch } from './first-launch'
import { ForcedChange } from './forced-change'
import { confirmSession } from './session-actions'
import { SignInForm } from './sign-in-form'
import { SignInFrame } from './sign-in-frame'

/**
 * The start-up flow: a kept session confirmed, else 首次启动 on a database without accounts, else
 * 登录; then 修改初始密码 while the account must change it; only then the app (`children`).
 */
export function SessionGate({ localeSwitch, children }: { localeSwitch: ReactNode; children(info: SessionInfo): ReactNode }) {
  const session = useSession()
  const setup = useRpcQuery('setup-status', session.status === 'signed-out' ? {} : null)
  useEffect(() => {
    if (session.status === 'checking') void confirmSession()
  }, [session.status])

  if (session.status === 'signed-in') {
    if (session.info.mustChangePassword) return <ForcedChange info={session.info} localeSwitch={localeSwitch} />
    return children(session.info)
  }
  if (session.status === 'signed-out' && setup.data && !setup.loading) {
    if (setup.data.needsAdmin) return <FirstLaunch hasData={setup.data.hasData} localeSwitch={localeSwitch} onCreated={setup.reload} />
    return <SignInForm note={session.note} localeSwitch={localeSwitch} />
  }
  return (
    <SignInFrame testId="session-checking" title={t('ui.signIn.title')} localeSwitch={localeSwitch}>
      {setup.error ? <LoadError error={setup.error} onRetry={setup.reload} /> : <p className="sign-in-lead">{t('ui.session.checking')}</p>}
    </SignInFrame>
  )
}
