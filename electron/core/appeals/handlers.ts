import type { HandlerMap } from '../context'
import { AppError } from '../errors'

// Being built this session: every method here answers 'internal' until its handler lands.
const pending = async (): Promise<never> => {
  throw new AppError('internal', 'pending')
}

export const appealsHandlers: HandlerMap<'appeal-add' | 'appeal-decide' | 'appeals-list'> = {
  'appeal-add': pending,
  'appeal-decide': pending,
  'appeals-list': pending,
}
