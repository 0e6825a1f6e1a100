import { getLocale, locales, setLocale, type Locale } from '../../../shared/i18n'
import { rpc } from './rpc'

const KEY = 'kaohe.locale'

/**
 * The backend words its answers (messages, notes, flags, exports) in the screen's language. A
 * failure is not fatal: the page without a token, or an older backend, keeps Chinese answers.
 */
async function tellBackend(locale: Locale): Promise<void> {
  try {
    await rpc('system-locale', { locale })
  } catch {
    // the screen still switches; the answers stay in the backend's language
  }
}

/** Chinese unless the user picked English on this machine. */
export async function initLocale(): Promise<Locale> {
  const saved = localStorage.getItem(KEY)
  if (saved && saved in locales) setLocale(saved as Locale)
  document.documentElement.lang = getLocale()
  // the backend starts in Chinese: only a saved English needs saying
  if (getLocale() !== 'zh-CN') await tellBackend(getLocale())
  return getLocale()
}

export async function switchLocale(locale: Locale): Promise<void> {
  setLocale(locale)
  localStorage.setItem(KEY, locale)
  document.documentElement.lang = locale
  await tellBackend(locale)
}
