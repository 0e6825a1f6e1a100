import type { Credential } from '../../electron/core/context'
import type { MethodName } from '../../shared/contract'
import type { Caller } from './accounts'

/** A quarter done the way a clerk does it: the fixture roster, scheme and ratings imported, computed. */
export async function seedQuarter(to: Caller, clerk: Credential, file: (name: string) => { fileName: string; dataBase64: string }): Promise<void> {
  const ok = async (method: string, input: unknown) => {
    const r = await to.call(clerk, method, input)
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
  }
  await ok('roster-import', { file: file('roster.xlsx') })
  await ok('scheme-import', { file: file('scheme.xlsx'), name: '平时考核2025' })
  await ok('period-create', { id: '2025-Q1', kind: 'quarter', scheme: '平时考核2025' })
  await ok('ratings-import', { file: file('ratings-2025-Q1.xlsx'), period: '2025-Q1' })
  await ok('results-compute', { period: '2025-Q1' })
}

/** Real input for the reads that need no more than the seeded quarter: each must answer with data when the role may call it. */
export const readInputs: Partial<Record<MethodName, unknown>> = {
  'setup-status': {},
  'session-get': {},
  'security-settings-get': {},
  'system-info': {},
  'backup-list': {},
  'backup-settings-get': {},
  'account-list': {},
  'settings-get': {},
  'audit-list': { limit: 20 },
  'audit-verify': {},
  'audit-export': {},
  'roster-list': {},
  'org-list': {},
  'scheme-list': {},
  'scheme-get': { name: '平时考核2025' },
  'scheme-check': { name: '平时考核2025' },
  'scheme-export': { name: '平时考核2025' },
  'period-list': {},
  'ratings-summary': { period: '2025-Q1' },
  'results-list': { period: '2025-Q1' },
  'report-export': { period: '2025-Q1' },
  'report-departments-export': { period: '2025-Q1' },
  'template-get': { kind: 'roster' },
  'weights-history': { name: '平时考核2025' },
  'flags-list': { period: '2025-Q1' },
  'flags-last-run': { period: '2025-Q1' },
  'rater-settings-get': { scheme: '平时考核2025' },
  'period-people': { id: '2025-Q1' },
  'stages-list': { period: '2025-Q1' },
  'period-progress': { period: '2025-Q1' },
  'period-reminders-export': { period: '2025-Q1' },
  'inputs-summary': { period: '2025-Q1' },
  'inputs-ballots': { period: '2025-Q1' },
  'inputs-satisfaction': { period: '2025-Q1' },
  'inputs-measures': { period: '2025-Q1' },
  'history-list': {},
  'penalties-list': {},
  'overrides-list': { period: '2025-Q1' },
  'exemptions-list': { period: '2025-Q1' },
  'results-explain': { period: '2025-Q1', staffNo: 'S001' },
  'results-explain-export': { period: '2025-Q1', staffNo: 'S001' },
  'results-explain-export-all': { period: '2025-Q1' },
  'calendar-get': {},
  'notice-end-date': { startDate: '2026-01-12' },
  'appeals-list': {},
  'okr-list': {},
  'okr-lagging': {},
  'exchange-key-get': {},
  'grid-export': { title: '名单', columns: [{ header: '姓名', kind: 'text' }], rows: [['张三']] },
}
