import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBackend } from '../../electron/rpc/backend'
import { runCli } from '../../electron/cli'
import { contract, type MethodName } from '../../shared/contract'
import { roleIds, type Role } from '../../shared/domain/roles'
import { t } from '../../shared/i18n'
import { signInAs, testAccountNames, testPasswords } from '../support/accounts'
import { seedQuarter } from '../support/role-matrix-data'
import { tableSnapshot } from '../support/table-snapshot'
import { fixtureFile, fixturesDir, tempDir } from '../support/temp-dir'
import Database from 'better-sqlite3'

const tmp = tempDir('kaohe-roles-cli-')
const dbPath = path.join(tmp.dir, 'roles.db')
const out = (name: string) => path.join(tmp.dir, name)

/** Commands as other programs run them, each with the contract method it stands for. */
const commands: { argv: string[]; method: MethodName }[] = [
  { argv: ['period', 'list'], method: 'period-list' },
  { argv: ['period', 'status', '--id', '2025-Q1'], method: 'period-progress' },
  { argv: ['results', '--period', '2025-Q1'], method: 'results-list' },
  { argv: ['explain', '--period', '2025-Q1', '--staff', 'S001'], method: 'results-explain' },
  { argv: ['flags', '--period', '2025-Q1'], method: 'flags-list' },
  { argv: ['export', 'report', '--period', '2025-Q1', '--out', out('r.xlsx')], method: 'report-export' },
  { argv: ['export', 'departments', '--period', '2025-Q1', '--out', out('d.xlsx')], method: 'report-departments-export' },
  { argv: ['scheme', 'show', '平时考核2025'], method: 'scheme-get' },
  { argv: ['import', 'roster', path.join(fixturesDir, 'roster.xlsx'), '--dry-run'], method: 'roster-import-preview' },
  { argv: ['compute', '--period', '2025-Q1'], method: 'results-compute' },
  { argv: ['okr', 'list'], method: 'okr-list' },
  { argv: ['appeal', 'list'], method: 'appeals-list' },
  { argv: ['audit', 'verify'], method: 'audit-verify' },
  { argv: ['audit', 'list'], method: 'audit-list' },
  { argv: ['account', 'list'], method: 'account-list' },
]

async function cli(role: Role, argv: string[]) {
  const lines = { out: [] as string[], err: [] as string[] }
  const env = { KAOHE_SESSION_FILE: path.join(tmp.dir, `session-${role}.json`) }
  const code = await runCli([...argv, '--db', dbPath], { out: (s) => lines.out.push(s), err: (s) => lines.err.push(s), signal: new AbortController().signal }, env)
  return { code, out: lines.out.join('\n'), err: lines.err.join('\n') }
}

beforeAll(async () => {
  const backend = await openBackend(dbPath, { create: true })
  const clerk = await signInAs(backend.dispatcher, 'clerk')
  for (const role of roleIds) await signInAs(backend.dispatcher, role)
  await seedQuarter(backend.dispatcher, clerk, fixtureFile)
  await backend.close()
  // each role signs in once with the real `kaohe login`; later commands use the stored session
  for (const role of roleIds) {
    const env = { KAOHE_SESSION_FILE: path.join(tmp.dir, `session-${role}.json`), KAOHE_PASSWORD: testPasswords.working }
    const code = await runCli(['login', '--user', testAccountNames[role], '--db', dbPath], { out: () => undefined, err: () => undefined, signal: new AbortController().signal }, env)
    expect(code).toBe(0)
  }
})
afterAll(() => tmp.cleanup())

describe('the command line as each of the six roles', () => {
  for (const role of roleIds) {
    it(`as ${role}: allowed commands exit 0; the others exit 4 naming the role (forbidden in --json), and nothing changes`, async () => {
      for (const { argv, method } of commands) {
        const access = contract[method].access
        const allowed = access.roles === 'public' || access.roles === 'signed-in' || access.roles.includes(role)
        const sqlite = new Database(dbPath, { readonly: true })
        const before = tableSnapshot(sqlite).hash
        sqlite.close()
        const plain = await cli(role, argv)
        if (allowed) {
          expect([argv.join(' '), plain.code, plain.err]).toEqual([argv.join(' '), 0, ''])
          continue
        }
        expect([argv.join(' '), plain.code]).toEqual([argv.join(' '), 4])
        expect(plain.err).toContain(t(`role.${role}`))
        const json = await cli(role, [...argv, '--json'])
        expect(json.code).toBe(4)
        expect(JSON.parse(json.err).error.code).toBe('forbidden')
        const after = new Database(dbPath, { readonly: true })
        expect(tableSnapshot(after).hash, argv.join(' ')).toBe(before)
        after.close()
      }
    })
  }
})
