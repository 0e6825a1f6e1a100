import { common as zhCommon } from './zh-CN/common'
import { common as enCommon } from './en/common'
import { ui as zhUi } from './zh-CN/ui'
import { ui as enUi } from './en/ui'
import { uiScheme as zhUiScheme } from './zh-CN/ui-scheme'
import { uiScheme as enUiScheme } from './en/ui-scheme'
import { uiPeriod as zhUiPeriod } from './zh-CN/ui-period'
import { uiPeriod as enUiPeriod } from './en/ui-period'
import { importMessages as zhImport } from './zh-CN/import'
import { importMessages as enImport } from './en/import'
import { importFileMessages as zhImportFile } from './zh-CN/import-file'
import { importFileMessages as enImportFile } from './en/import-file'
import { core as zhCore } from './zh-CN/core'
import { core as enCore } from './en/core'
import { resultsMessages as zhResults } from './zh-CN/results'
import { resultsMessages as enResults } from './en/results'
import { reportMessages as zhReport } from './zh-CN/report'
import { reportMessages as enReport } from './en/report'
import { weightsMessages as zhWeights } from './zh-CN/weights'
import { weightsMessages as enWeights } from './en/weights'
import { schemeMessages as zhScheme } from './zh-CN/scheme'
import { schemeMessages as enScheme } from './en/scheme'
import { flagsMessages as zhFlags } from './zh-CN/flags'
import { flagsMessages as enFlags } from './en/flags'
import { inputsMessages as zhInputs } from './zh-CN/inputs'
import { inputsMessages as enInputs } from './en/inputs'
import { stagesMessages as zhStages } from './zh-CN/stages'
import { stagesMessages as enStages } from './en/stages'
import { historyMessages as zhHistory } from './zh-CN/history'
import { historyMessages as enHistory } from './en/history'
import { annualMessages as zhAnnual } from './zh-CN/annual'
import { annualMessages as enAnnual } from './en/annual'
import { decisionsMessages as zhDecisions } from './zh-CN/decisions'
import { decisionsMessages as enDecisions } from './en/decisions'
import { explainMessages as zhExplain } from './zh-CN/explain'
import { explainMessages as enExplain } from './en/explain'
import { noticeMessages as zhNotice } from './zh-CN/notice'
import { noticeMessages as enNotice } from './en/notice'
import { appealsMessages as zhAppeals } from './zh-CN/appeals'
import { appealsMessages as enAppeals } from './en/appeals'
import { usesMessages as zhUses } from './zh-CN/uses'
import { usesMessages as enUses } from './en/uses'
import { uiResults as zhUiResults } from './zh-CN/ui-results'
import { uiResults as enUiResults } from './en/ui-results'
import { uiDecide as zhUiDecide } from './zh-CN/ui-decide'
import { uiDecide as enUiDecide } from './en/ui-decide'
import { uiHistory as zhUiHistory } from './zh-CN/ui-history'
import { uiHistory as enUiHistory } from './en/ui-history'
import { uiCharts as zhUiCharts } from './zh-CN/ui-charts'
import { uiCharts as enUiCharts } from './en/ui-charts'
import { chartsMessages as zhCharts } from './zh-CN/charts'
import { chartsMessages as enCharts } from './en/charts'
import { gridExportMessages as zhGridExport } from './zh-CN/grid-export'
import { gridExportMessages as enGridExport } from './en/grid-export'
import { departmentsMessages as zhDepartments } from './zh-CN/departments'
import { departmentsMessages as enDepartments } from './en/departments'
import { okrMessages as zhOkr } from './zh-CN/okr'
import { okrMessages as enOkr } from './en/okr'
import { uiOkr as zhUiOkr } from './zh-CN/ui-okr'
import { uiOkr as enUiOkr } from './en/ui-okr'
import { auditMessages as zhAudit } from './zh-CN/audit'
import { auditMessages as enAudit } from './en/audit'
import { methodsMessages as zhMethods } from './zh-CN/methods'
import { methodsMessages as enMethods } from './en/methods'
import { accountsMessages as zhAccounts } from './zh-CN/accounts'
import { accountsMessages as enAccounts } from './en/accounts'
import { uiAccounts as zhUiAccounts } from './zh-CN/ui-accounts'
import { uiAccounts as enUiAccounts } from './en/ui-accounts'
import { uiSession as zhUiSession } from './zh-CN/ui-session'
import { uiSession as enUiSession } from './en/ui-session'
import { uiReaders as zhUiReaders } from './zh-CN/ui-readers'
import { uiReaders as enUiReaders } from './en/ui-readers'
import { databaseMessages as zhDatabase } from './zh-CN/database'
import { databaseMessages as enDatabase } from './en/database'
import { exchangeMessages as zhExchange } from './zh-CN/exchange'
import { exchangeMessages as enExchange } from './en/exchange'
import { backupsMessages as zhBackups } from './zh-CN/backups'
import { backupsMessages as enBackups } from './en/backups'
import { unitMessages as zhUnit } from './zh-CN/unit'
import { unitMessages as enUnit } from './en/unit'
import { stageReportMessages as zhStageReports } from './zh-CN/stage-reports'
import { stageReportMessages as enStageReports } from './en/stage-reports'
import { calendarMessages as zhCalendar } from './zh-CN/calendar'
import { calendarMessages as enCalendar } from './en/calendar'
import { noticeStateMessages as zhNoticeState } from './zh-CN/notice-state'
import { noticeStateMessages as enNoticeState } from './en/notice-state'
import { ahpDialogMessages as zhAhpDialog } from './zh-CN/ahp-dialog'
import { ahpDialogMessages as enAhpDialog } from './en/ahp-dialog'
import { exportNameMessages as zhExportNames } from './zh-CN/export-names'
import { exportNameMessages as enExportNames } from './en/export-names'
import { flagsRunMessages as zhFlagsRun } from './zh-CN/flags-run'
import { flagsRunMessages as enFlagsRun } from './en/flags-run'
import { importColumnsMessages as zhImportColumns } from './zh-CN/import-columns'
import { importColumnsMessages as enImportColumns } from './en/import-columns'
import { gridLocaleMessages as zhGridLocale } from './zh-CN/grid-locale'
import { gridLocaleMessages as enGridLocale } from './en/grid-locale'
import { screensMessages as zhScreens } from './zh-CN/screens'
import { screensMessages as enScreens } from './en/screens'
import { setupMessages as zhSetup } from './zh-CN/setup'
import { setupMessages as enSetup } from './en/setup'
import { inputListMessages as zhInputLists } from './zh-CN/input-lists'
import { inputListMessages as enInputLists } from './en/input-lists'
import { domainWordMessages as zhDomainWords } from './zh-CN/domain-words'
import { domainWordMessages as enDomainWords } from './en/domain-words'

/**
 * The one i18n table. Each area keeps its words in its own file (zh-CN first, English second with
 * the same keys, checked by the type); they are merged here.
 */
const zhCN = { ...zhCommon, ...zhUi, ...zhUiScheme, ...zhUiPeriod, ...zhImport, ...zhCore, ...zhResults, ...zhReport, ...zhScheme, ...zhWeights, ...zhStages, ...zhInputs, ...zhFlags, ...zhHistory, ...zhAnnual, ...zhDecisions, ...zhExplain, ...zhNotice, ...zhAppeals, ...zhUses, ...zhUiResults, ...zhUiDecide, ...zhUiHistory, ...zhCharts, ...zhUiCharts, ...zhGridExport, ...zhDepartments, ...zhOkr, ...zhUiOkr, ...zhAudit, ...zhMethods, ...zhAccounts, ...zhUiAccounts, ...zhUiSession, ...zhUiReaders, ...zhDatabase, ...zhImportFile, ...zhExchange, ...zhBackups, ...zhUnit, ...zhStageReports, ...zhCalendar, ...zhNoticeState, ...zhAhpDialog, ...zhExportNames, ...zhFlagsRun, ...zhImportColumns, ...zhGridLocale, ...zhScreens, ...zhSetup, ...zhInputLists, ...zhDomainWords }
export type MessageKey = keyof typeof zhCN
const en: Record<MessageKey, string> = { ...enCommon, ...enUi, ...enUiScheme, ...enUiPeriod, ...enImport, ...enCore, ...enResults, ...enReport, ...enScheme, ...enWeights, ...enStages, ...enInputs, ...enFlags, ...enHistory, ...enAnnual, ...enDecisions, ...enExplain, ...enNotice, ...enAppeals, ...enUses, ...enUiResults, ...enUiDecide, ...enUiHistory, ...enCharts, ...enUiCharts, ...enGridExport, ...enDepartments, ...enOkr, ...enUiOkr, ...enAudit, ...enMethods, ...enAccounts, ...enUiAccounts, ...enUiSession, ...enUiReaders, ...enDatabase, ...enImportFile, ...enExchange, ...enBackups, ...enUnit, ...enStageReports, ...enCalendar, ...enNoticeState, ...enAhpDialog, ...enExportNames, ...enFlagsRun, ...enImportColumns, ...enGridLocale, ...enScreens, ...enSetup, ...enInputLists, ...enDomainWords }

export const locales = { 'zh-CN': zhCN as Record<MessageKey, string>, en } as const
export type Locale = keyof typeof locales

let current: Locale = 'zh-CN'
export function setLocale(locale: Locale): void {
  current = locale
}
export function getLocale(): Locale {
  return current
}

export type MessageParams = Record<string, string | number | null | undefined>

export function t(key: MessageKey, params?: MessageParams, locale: Locale = current): string {
  const text = locales[locale][key] ?? locales['zh-CN'][key] ?? key
  if (!params) return text
  return text.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = params[name]
    return v === undefined || v === null ? m : String(v)
  })
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(zhCN, key)
}
