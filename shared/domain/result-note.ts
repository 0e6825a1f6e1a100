import type { resultsMessages } from '../i18n/zh-CN/results'

/**
 * A remark on a person's result, kept as a message key with its values rather than as text, so the
 * stored result is rendered in the reader's language when it is listed or exported.
 */
export interface ResultNote {
  key: keyof typeof resultsMessages
  params?: Record<string, string | number>
}
