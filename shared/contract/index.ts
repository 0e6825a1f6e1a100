import type { z } from 'zod'
import { rosterMethods } from './roster'
import { schemeMethods } from './scheme'
import { periodMethods } from './period'
import { ratingsMethods } from './ratings'
import { resultsMethods } from './results'
import { reportMethods } from './report'
import { systemMethods } from './system'
import { auditMethods } from './audit'
import { weightsMethods } from './weights'
import { flagsMethods } from './flags'
import { raterSettingsMethods } from './rater-settings'
import { stagesMethods } from './stages'
import { entryMethods } from './entry'
import { inputsMethods } from './inputs'
import { historyMethods } from './history'
import { decisionsMethods } from './decisions'
import { explainMethods } from './explain'
import { noticeMethods } from './notice'
import { appealsMethods } from './appeals'
import { usesMethods } from './uses'
import { gridExportMethods } from './grid-export'
import { importColumnsMethods } from './import-columns'
import { okrMethods } from './okr'
import { importMethods } from './import-kinds'
import { exchangeMethods } from './exchange'
import { accountMethods } from './accounts'
import { backupsMethods } from './backups'
import { unitMethods } from './unit'
import { setupMethods } from './setup'

/** The whole contract: every call Kaohe answers, over IPC, HTTP, the CLI and the tests alike. */
export const contract = {
  ...accountMethods,
  ...systemMethods,
  ...auditMethods,
  ...rosterMethods,
  ...schemeMethods,
  ...periodMethods,
  ...ratingsMethods,
  ...resultsMethods,
  ...reportMethods,
  ...weightsMethods,
  ...flagsMethods,
  ...raterSettingsMethods,
  ...stagesMethods,
  ...entryMethods,
  ...inputsMethods,
  ...historyMethods,
  ...decisionsMethods,
  ...explainMethods,
  ...noticeMethods,
  ...appealsMethods,
  ...usesMethods,
  ...gridExportMethods,
  ...importColumnsMethods,
  ...okrMethods,
  ...importMethods,
  ...exchangeMethods,
  ...backupsMethods,
  ...unitMethods,
  ...setupMethods,
}

export type Contract = typeof contract
export type MethodName = keyof Contract
export type Input<M extends MethodName> = z.input<Contract[M]['input']>
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>
export type Output<M extends MethodName> = Contract[M]['output']

export const methodNames = Object.keys(contract) as MethodName[]
export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name)
}

export * from './define'
export * from './setup'
export * from './access'
export * from './accounts'
export * from './imports'
export * from './import-kinds'
export * from './roster'
export * from './scheme'
export * from './period'
export * from './ratings'
export * from './results'
export * from './report'
export * from './system'
export * from './audit'
export * from './weights'
export * from './flags'
export * from './rater-settings'
export * from './stages'
export * from './entry'
export * from './inputs'
export * from './history'
export * from './decisions'
export * from './explain'
export * from './notice'
export * from './appeals'
export * from './uses'
export * from './grid-export'
export * from './okr'
export * from './exchange'
export * from './backups'
export * from './unit'
export * from './import-columns'
