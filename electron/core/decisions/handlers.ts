import type { HandlerMap } from '../context'
import { overrideHandlers } from './override-handlers'
import { exemptionHandlers } from './exemption-handlers'

/** The committee's decisions on computed results: grade overrides and risk exemptions (容错免责). */
export const decisionsHandlers: HandlerMap<'result-override' | 'result-override-remove' | 'overrides-list' | 'exemption-add' | 'exemption-remove' | 'exemptions-list'> = {
  ...overrideHandlers,
  ...exemptionHandlers,
}
