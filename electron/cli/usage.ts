import { t } from '../../shared/i18n'

export function usage(): string {
  return t('cli.help')
}
