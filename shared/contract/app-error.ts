import type { ErrorCode } from './define'
import type { ImportProblem } from './imports'

/** An error whose message a clerk can act on; the dispatch passes it through as `{ code, message }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems?: ImportProblem[],
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export class Cancelled extends Error {
  constructor() {
    super('cancelled')
    this.name = 'Cancelled'
  }
}
