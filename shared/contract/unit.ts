import { z } from 'zod'
import { method } from './define'
import { access } from './access'
import { checkCreditCode } from '../domain/credit-code'
import { t } from '../i18n'

/** 本单位 as the office sets it: '' for what is not set. Every export's title and 说明 carry the name. */
export interface UnitInfo {
  name: string
  parent: string
  creditCode: string
}

/** What is wrong with a typed 统一社会信用代码, in a clerk's words; null when it is a valid code (or blank). */
export function creditCodeMessage(text: string): string | null {
  if (text.trim() === '') return null
  const check = checkCreditCode(text)
  if (check.ok) return null
  const value = check.value.length > 24 ? `${check.value.slice(0, 24)}…` : check.value
  if (check.problem === 'length') return t('unit.input.codeLength', { value, length: check.value.length })
  if (check.problem === 'characters') return t('unit.input.codeCharacters', { value })
  return t('unit.input.codeCheck', { value, expected: check.expected })
}

const creditCode = z
  .string()
  .optional()
  .transform((text, ctx) => {
    if (text === undefined || text.trim() === '') return ''
    const problem = creditCodeMessage(text)
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem })
      return z.NEVER
    }
    return checkCreditCode(text).value
  })

export const unitSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: () => t('unit.input.nameMissing') })
    .max(100, { error: () => t('unit.input.nameTooLong') }),
  parent: z
    .string()
    .trim()
    .max(100, { error: () => t('unit.input.parentTooLong') })
    .optional()
    .transform((p) => p ?? ''),
  creditCode,
})

export const unitMethods = {
  // the name is on every export any reader makes, so every reader may see it
  'unit-get': method<UnitInfo>()(z.object({}), { mutates: false, access: access.readFree }),
  'unit-set': method<UnitInfo>()(unitSchema, { mutates: true, access: access.work }),
}
