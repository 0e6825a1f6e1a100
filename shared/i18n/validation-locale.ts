import { z } from 'zod'
import type { Locale } from './index'

/** zod's own messages (a value out of range, a field missing) in the language of the rest. */
export function setValidationLocale(locale: Locale): void {
  z.config(locale === 'en' ? z.locales.en() : z.locales.zhCN())
}
