import type { HandlerMap } from '../context'
import { AppError } from '../errors'

// Being built this session: every method here answers 'internal' until its handler lands.
const pending = async (): Promise<never> => {
  throw new AppError('internal', 'pending')
}

export const explainHandlers: HandlerMap<'results-explain' | 'results-explain-export'> = {
  'results-explain': pending,
  'results-explain-export': pending,
}
