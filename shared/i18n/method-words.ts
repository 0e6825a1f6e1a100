import { isMessageKey, t } from './index'

/**
 * A contract method in words, in the current locale: what a refusal says the role may not do
 * (当前角色“只读”不能{action}) and what the audit screen shows in its method column. A name without
 * words (an audit row of a method since renamed or removed, such as 'exemption-add') is shown as it
 * is, so an old row still says what it recorded.
 */
export function methodWords(method: string): string {
  const key = `method.${method}`
  return isMessageKey(key) ? t(key) : method
}
