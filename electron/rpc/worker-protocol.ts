import type { ProgressEvent } from '../../shared/contract'
import type { Credential } from '../core/context'
import type { CallOutcome } from './dispatch'

/** Messages between the host (Electron main or the bridge) and the backend worker thread. */
export type ToWorker =
  | { type: 'call'; id: number; credential: Credential; method: string; input: unknown }
  | { type: 'cancel'; id: number }
  | { type: 'close' }

export type FromWorker =
  | { type: 'ready' }
  | { type: 'init-error'; message: string }
  | { type: 'progress'; id: number; event: ProgressEvent }
  | { type: 'result'; id: number; outcome: CallOutcome }
  | { type: 'closed' }

export interface WorkerData {
  dbPath: string
  /** the app's first launch at its own default path: make the database if none is there */
  create: boolean
}
