import type { HandlerMap } from '../context'
import { AppError } from '../errors'

// Being built this session: every method here answers 'internal' until its handler lands.
const pending = async (): Promise<never> => {
  throw new AppError('internal', 'pending')
}

export const departmentGradesHandlers: HandlerMap<'department-grades-list' | 'department-grades-set'> = {
  'department-grades-list': pending,
  'department-grades-set': pending,
}
