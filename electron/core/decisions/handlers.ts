import type { HandlerMap } from '../context'
import { overrideHandlers } from './override-handlers'
import { exemptionHandlers } from './exemption-handlers'

/** The committee's decisions on computed results: grade overrides and risk exemptions (容错免责). */
export const decisionsHandlers: HandlerMap<'overrides-add' | 'overrides-remove' | 'overrides-list' | 'exemptions-add' | 'exemptions-remove' | 'exemptions-list'> = {
  ...overrideHandlers,
  ...exemptionHandlers,
}
