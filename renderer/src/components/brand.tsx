import { t } from '../../../shared/i18n'

/** The 考 mark and the app's title, as the shell's header and the sign-in card both show them. */
export function Brand({ titleClassName }: { titleClassName: string }) {
  return (
    <>
      <span className="brand-mark" aria-hidden="true">
        考
      </span>
      <span className={titleClassName} data-testid="app-title">
        {t('app.title')}
      </span>
    </>
  )
}
