import { useState } from 'react'
import type { SessionInfo } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { rolesText } from '../../lib/route-access'
import { ChangePasswordDialog } from './change-password-dialog'
import { idleNote, signOut } from './session-actions'
import { useIdleLock } from './use-idle-lock'

/**
 * The header's account: who is signed in and as what, 修改密码 and 退出登录. It also keeps the idle
 * lock: after the unit's idle minutes the window signs out and asks this account's password again.
 */
export function AccountBar({ info }: { info: SessionInfo }) {
  const [changing, setChanging] = useState(false)
  useIdleLock(info.idleLockMinutes, () => void signOut(idleNote(info.name, info.idleLockMinutes)))
  const who = t('ui.header.user', { name: info.name, role: rolesText(info) })
  // the account's name is the office's, not the interface's: marked so the language checks pass it by
  const [before, after] = t('ui.header.user', { name: '\u0000', role: rolesText(info) }).split('\u0000')
  return (
    <div className="account-bar">
      <span className="user" data-testid="current-user">
        {before}
        <span data-user-text title={who}>
          {info.name}
        </span>
        {after}
      </span>
      <button type="button" className="link-button" data-testid="change-password-open" onClick={() => setChanging(true)}>
        {t('ui.header.changePassword')}
      </button>
      <button type="button" className="link-button" data-testid="sign-out" onClick={() => void signOut({ message: t('ui.signIn.signedOut'), tone: 'info' })}>
        {t('ui.header.signOut')}
      </button>
      {changing && <ChangePasswordDialog onClose={() => setChanging(false)} />}
    </div>
  )
}
