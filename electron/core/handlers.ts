import type { Handlers } from './context'
import { systemHandlers } from './system/handlers'
import { auditHandlers } from './system/audit-handlers'
import { rosterHandlers } from './roster/handlers'
import { schemeHandlers } from './scheme/handlers'
import { periodHandlers } from './period/handlers'
import { ratingsHandlers } from './ratings/handlers'
import { resultsHandlers } from './results/handlers'
import { reportHandlers } from './report/handlers'
import { weightsHandlers } from './weights/weights-handlers'
import { ahpHandlers } from './weights/ahp-handlers'
import { flagsHandlers } from './flags/flags-handlers'
import { raterSettingsHandlers } from './ratings/rater-settings-handlers'
import { lifecycleHandlers } from './period/lifecycle'
import { stageHandlers } from './stages/handlers'
import { peopleHandlers } from './stages/people-handlers'
import { progressHandlers } from './stages/progress-handlers'
import { attachmentHandlers } from './stages/attachment-handlers'
import { entryHandlers } from './entry/handlers'
import { inputsHandlers } from './inputs/handlers'
import { historyHandlers } from './history/handlers'
import { decisionsHandlers } from './decisions/handlers'
import { departmentGradesHandlers } from './results/department-grades'
import { explainHandlers } from './explain/handlers'
import { noticeHandlers } from './notice/handlers'
import { appealsHandlers } from './appeals/handlers'
import { usesHandlers } from './uses/handlers'
import { gridExportHandlers } from './grid-export/handlers'
import { importColumnHandlers } from './imports/column-handlers'
import { okrHandlers } from './okr/handlers'
import { importHandlers } from './imports/handlers'
import { exchangeHandlers } from './exchange/handlers'
import { authHandlers } from './accounts/auth-handlers'
import { accountHandlers } from './accounts/account-handlers'
import { backupHandlers } from './backups/handlers'
import { unitHandlers } from './system/unit-handlers'
import { setupHandlers } from './setup/handlers'

/** Every method of the contract, answered. The type makes a missing one a compile error. */
export const handlers: Handlers = {
  ...authHandlers,
  ...accountHandlers,
  ...backupHandlers,
  ...systemHandlers,
  ...unitHandlers,
  ...auditHandlers,
  ...rosterHandlers,
  ...schemeHandlers,
  ...periodHandlers,
  ...ratingsHandlers,
  ...resultsHandlers,
  ...reportHandlers,
  ...weightsHandlers,
  ...ahpHandlers,
  ...flagsHandlers,
  ...raterSettingsHandlers,
  ...lifecycleHandlers,
  ...stageHandlers,
  ...peopleHandlers,
  ...progressHandlers,
  ...attachmentHandlers,
  ...entryHandlers,
  ...inputsHandlers,
  ...historyHandlers,
  ...decisionsHandlers,
  ...departmentGradesHandlers,
  ...explainHandlers,
  ...noticeHandlers,
  ...appealsHandlers,
  ...usesHandlers,
  ...gridExportHandlers,
  ...importColumnHandlers,
  ...okrHandlers,
  ...importHandlers,
  ...exchangeHandlers,
  ...setupHandlers,
}
