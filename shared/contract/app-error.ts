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

/**
 * A refusal whose traces must stay: the dispatch commits what the handler wrote before it (a failed
 * login's count, the lockout, their audit entries), then answers with the error. Everything else
 * that fails rolls back.
 */
export class RecordedRefusal extends AppError {
  constructor(code: ErrorCode, message: string) {
    super(code, message)
    this.name = 'RecordedRefusal'
  }
}

export class Cancelled extends Error {
  constructor() {
    super('cancelled')
    this.name = 'Cancelled'
  }
}
