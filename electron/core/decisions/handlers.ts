import type { HandlerMap } from '../context'
import { AppError } from '../errors'

// Being built this session: every method here answers 'internal' until its handler lands.
const pending = async (): Promise<never> => {
  throw new AppError('internal', 'pending')
}

export const decisionsHandlers: HandlerMap<'result-override' | 'result-override-remove' | 'overrides-list' | 'exemption-add' | 'exemption-remove' | 'exemptions-list'> = {
  'result-override': pending,
  'result-override-remove': pending,
  'overrides-list': pending,
  'exemption-add': pending,
  'exemption-remove': pending,
  'exemptions-list': pending,
}
