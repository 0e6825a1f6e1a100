import { locales, getLocale, t } from '../../shared/i18n'
import { importUsageLines } from './import-command'

/** The help, its `import KIND` lines derived from the import kinds and lined up with the commands around them. */
export function usage(): string {
  const init = /^( {2}init +)\S/m.exec(locales[getLocale()]['cli.help'])
  return t('cli.help', { imports: importUsageLines(init ? init[1].length : 47).join('\n') })
}
