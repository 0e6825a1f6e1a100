import { t } from '../../../shared/i18n'

/** The 考 mark and the app's title, as the shell's header and the sign-in card both show them. */
export function Brand({ titleClassName }: { titleClassName: string }) {
  return (
    <>
      {/* the mark is the product's logo in both languages, not a word of the screen */}
      <span className="brand-mark" aria-hidden="true" data-user-text>
        考
      </span>
      <span className={titleClassName} data-testid="app-title">
        {t('app.title')}
      </span>
    </>
  )
}
