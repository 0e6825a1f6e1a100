import type { HandlerMap } from '../context'
import { AppError } from '../errors'

// Being built this session: every method here answers 'internal' until its handler lands.
const pending = async (): Promise<never> => {
  throw new AppError('internal', 'pending')
}

export const usesHandlers: HandlerMap<'uses-list' | 'uses-mark' | 'uses-export'> = {
  'uses-list': pending,
  'uses-mark': pending,
  'uses-export': pending,
}
