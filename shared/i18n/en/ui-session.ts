import type { uiSession as zh } from '../zh-CN/ui-session'

export const uiSession: Record<keyof typeof zh, string> = {
  'ui.session.checking': 'Checking the sign-in…',
  'ui.session.roleIn': '{role} ({departments})',

  'ui.setup.title': 'First start',
  'ui.setup.lead': 'This database has no accounts yet. Create the first system administrator: it opens accounts and creates the security administrator and the security auditor.',
  'ui.setup.hasData': 'This database comes from an earlier version: the assessment data it holds is kept as it is. Creating the system administrator is recorded in the audit log.',
  'ui.setup.name': 'System administrator account name',
  'ui.setup.nameHelp': '2–50 characters: letters, digits, Chinese characters and . _ -',
  'ui.setup.create': 'Create system administrator',

  'ui.signIn.title': 'Sign in',
  'ui.signIn.name': 'Account',
  'ui.signIn.password': 'Password',
  'ui.signIn.submit': 'Sign in',
  'ui.signIn.signedOut': 'Signed out.',
  'ui.signIn.idleLocked': 'No activity for {minutes} minutes: the window was locked and signed out. Enter your password again.',

  'ui.password.rules': 'Password rules of this unit',
  'ui.password.ruleLength': 'at least {n} characters',
  'ui.password.ruleClasses': 'at least {n} of: lower-case letters, upper-case letters, digits, other signs',
  'ui.password.ruleName': 'must not contain the account name',
  'ui.password.ruleUnchanged': 'must differ from the old password',
  'ui.password.password': 'Password',
  'ui.password.passwordAgain': 'Password again',
  'ui.password.old': 'Old password',
  'ui.password.new': 'New password',
  'ui.password.newAgain': 'New password again',
  'ui.password.mismatch': 'The two passwords differ.',
  'ui.password.change': 'Change password',
  'ui.password.changed': 'Password changed; sign-ins opened elsewhere with the old password have ended.',

  'ui.forced.title': 'Change the initial password',
  'ui.forced.lead': 'Account “{name}” still has its initial password. Set a password of your own before you go on.',

  'ui.header.changePassword': 'Change password',
  'ui.header.signOut': 'Sign out',

  'ui.access.deniedTitle': 'No access',
  'ui.access.denied': 'The roles of this account ({roles}) may not use “{screen}”.',
  'ui.access.none': 'The roles of this account ({roles}) give it no screen to use. To work here, ask the security administrator to grant a role.',
  'ui.access.goLanding': 'Go to “{screen}”',
} as const
