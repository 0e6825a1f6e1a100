import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../../electron/cli'
import { tempDir } from '../support/temp-dir'

const tmp = tempDir('kaohe-cli-accounts-')
const dbPath = path.join(tmp.dir, 'k.db')
const sessionFile = path.join(tmp.dir, 'home', 'session.json')
const P0 = 'Cli-Initial-2026!'
const P1 = 'Cli-Working-2026#'
afterAll(() => tmp.cleanup())

/** The real CLI, with only the variables given (no KAOHE_USER leaking in from outside). */
async function kaohe(vars: Record<string, string>, ...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli([...argv, '--db', dbPath], { out: (s) => out.push(s), err: (s) => err.push(s), signal: new AbortController().signal }, { KAOHE_SESSION_FILE: sessionFile, ...vars })
  return { code, out: out.join('\n'), err: err.join('\n') }
}
const as = (user: string, password: string, extra: Record<string, string> = {}) => (...argv: string[]) => kaohe({ KAOHE_USER: user, KAOHE_PASSWORD: password, ...extra }, ...argv)

describe('accounts on the command line, in the exact shapes other programs use', () => {
  it('init --admin makes the first 系统管理员, who must change the password first (exit 3 until then)', async () => {
    expect((await kaohe({ KAOHE_PASSWORD: P0 }, 'init', '--admin', 'boss')).code).toBe(0)
    const early = await as('boss', P0)('account', 'list')
    expect(early.code).toBe(3)
    expect(early.err).toContain('须先修改初始密码')
    expect((await as('boss', P0, { KAOHE_NEW_PASSWORD: P1 })('password', 'change')).code).toBe(0)
    expect((await as('boss', P1)('account', 'list')).code).toBe(0)
    const wrong = await as('boss', 'Not-The-Password-1')('account', 'list')
    expect(wrong.code).toBe(1)
    expect(wrong.err).toContain('密码不正确')
  })

  it('the system admin adds accounts and bootstraps the security admin; only the security admin grants', async () => {
    const boss = as('boss', P1, { KAOHE_NEW_PASSWORD: P0 })
    expect((await boss('account', 'add', '--name', 'sec', '--role', '安全保密管理员')).code).toBe(0)
    expect((await boss('account', 'add', '--name', 'clerk1')).code).toBe(0)
    const refused = await boss('account', 'add', '--name', 'clerk2', '--role', '考核工作人员', '--json')
    expect(refused.code).toBe(4)
    expect(JSON.parse(refused.err).error).toMatchObject({ code: 'forbidden', message: '角色只能由安全保密管理员授予。' })
    expect((await as('sec', P0, { KAOHE_NEW_PASSWORD: P1 })('password', 'change')).code).toBe(0)
    expect((await as('sec', P1)('account', 'grant', 'clerk1', '--role', '考核工作人员')).code).toBe(0)
    const apart = await as('sec', P1)('account', 'grant', 'clerk1', '--role', '安全审计员')
    expect(apart.code).toBe(1)
    expect(apart.err).toContain('三员分立')
    const list = await as('sec', P1)('account', 'list', '--json')
    const rows = JSON.parse(list.out) as { name: string; grants: { role: string }[]; mustChangePassword: boolean }[]
    expect(rows.map((r) => [r.name, r.grants.map((g) => g.role).join(), r.mustChangePassword])).toEqual([
      ['boss', 'sysadmin', false],
      ['clerk1', 'clerk', true],
      ['sec', 'secadmin', false],
    ])
  })

  it('login keeps a session readable by its owner only; later commands need no password; logout ends it', async () => {
    expect((await as('clerk1', P0, { KAOHE_NEW_PASSWORD: P1 })('password', 'change')).code).toBe(0)
    const login = await kaohe({ KAOHE_PASSWORD: P1 }, 'login', '--user', 'clerk1')
    expect(login.code).toBe(0)
    expect(fs.statSync(sessionFile).mode & 0o777).toBe(0o600)
    expect(fs.readFileSync(sessionFile, 'utf8')).not.toContain(P1)
    expect((await kaohe({}, 'period', 'list')).code).toBe(0)
    const forbidden = await kaohe({}, 'account', 'list')
    expect(forbidden.code).toBe(4)
    expect(forbidden.err).toBe('当前角色“考核工作人员”不能查看账号列表。')
    expect((await kaohe({}, 'logout')).code).toBe(0)
    const after = await kaohe({}, 'period', 'list')
    expect(after.code).toBe(1)
    expect(after.err).toContain('kaohe login')
  })

  it('disabling an account ends its stored session at the next command', async () => {
    expect((await kaohe({ KAOHE_PASSWORD: P1 }, 'login', '--user', 'clerk1')).code).toBe(0)
    expect((await as('boss', P1)('account', 'disable', 'clerk1')).code).toBe(0)
    const r = await kaohe({}, 'period', 'list')
    expect(r.code).toBe(1)
    expect(r.err).toContain('停用')
  })
})
