import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { AppError } from '../../../shared/contract/app-error'
import { passwordFaults, type PasswordFault } from '../../../shared/domain/password-policy'
import { t } from '../../../shared/i18n'
import { loadSecuritySettings } from './security-settings'

function faultWords(f: PasswordFault): string {
  switch (f.kind) {
    case 'short':
      return t('auth.password.short', { n: f.minLength })
    case 'classes':
      return t('auth.password.classes', { n: f.minClasses, found: f.found })
    case 'same-as-name':
      return t('auth.password.sameAsName')
    case 'unchanged':
      return t('auth.password.unchanged')
  }
}

/** Refuses a new password the unit's policy does not allow, saying every reason. */
export async function requireAllowedPassword(db: Kysely<Database>, password: string, ctx: { name: string; old?: string }): Promise<void> {
  const { password: policy } = await loadSecuritySettings(db)
  const faults = passwordFaults(password, policy, ctx)
  if (faults.length) throw new AppError('invalid-input', t('auth.password.refused', { reasons: faults.map(faultWords).join('；') }))
}
