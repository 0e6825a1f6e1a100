import type { HandlerMap } from '../context'
import { AppError } from '../errors'

// Being built this session: every method here answers 'internal' until its handler lands.
const pending = async (): Promise<never> => {
  throw new AppError('internal', 'pending')
}

export const noticeHandlers: HandlerMap<'calendar-get' | 'calendar-set' | 'notice-end-date' | 'notice-publish' | 'notice-get' | 'notice-export'> = {
  'calendar-get': pending,
  'calendar-set': pending,
  'notice-end-date': pending,
  'notice-publish': pending,
  'notice-get': pending,
  'notice-export': pending,
}
