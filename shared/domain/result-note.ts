import type { MessageKey } from '../i18n'

/**
 * A remark on a person's result, kept as a message key with its values rather than as text, so the
 * stored result is rendered in the reader's language when it is listed or exported.
 */
export interface ResultNote {
  key: MessageKey
  params?: Record<string, string | number>
}
