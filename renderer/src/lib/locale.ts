import { getLocale, locales, setLocale, type Locale } from '../../../shared/i18n'

const KEY = 'kaohe.locale'

/** Chinese unless the user picked English on this machine. */
export function initLocale(): Locale {
  const saved = localStorage.getItem(KEY)
  if (saved && saved in locales) setLocale(saved as Locale)
  document.documentElement.lang = getLocale()
  return getLocale()
}

export function switchLocale(locale: Locale): void {
  setLocale(locale)
  localStorage.setItem(KEY, locale)
  document.documentElement.lang = locale
}
