import { splitOfficeText } from '../../../shared/i18n/office-text'

/** A sentence from the backend with the office's own words (names, departments, schemes) marked as its data. */
export function OfficeText({ text }: { text: string }) {
  return (
    <>
      {splitOfficeText(text).map((p, i) =>
        p.office ? (
          <span key={i} data-user-text="">
            {p.text}
          </span>
        ) : (
          p.text
        ),
      )}
    </>
  )
}
