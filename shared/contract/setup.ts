import { z } from 'zod'
import { method } from './define'
import { access } from './access'
import type { SetupProgress } from '../domain/setup-steps'

export type { SetupProgress }

/** Which database the backend serves: the office's own, or the 示例数据 training copy beside it. */
export interface DemoStatus {
  active: boolean
  /** the file's name (not its folder): shown on the banner */
  file: string
  /** the account the demo was opened as, signed in there with the same password */
  account: string | null
}

export const setupMethods = {
  // counts only, no one's record: every reader sees how far the unit is
  'setup-progress': method<SetupProgress>()(z.object({}), { mutates: false, access: access.readFree }),
  'demo-status': method<DemoStatus>()(z.object({}), { mutates: false, access: access.signedIn }),
  // the sample is loaded through the clerk's own imports and compute, so only a clerk can load it
  'demo-open': method<DemoStatus>()(z.object({}), { mutates: true, long: true, outsideTransaction: true, access: access.work }),
  // whoever is in the demo must be able to leave it
  'demo-close': method<DemoStatus>()(z.object({}), { mutates: true, outsideTransaction: true, access: access.signedIn }),
}
