import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { periodLifecycleCommand } from '../../electron/cli/period-lifecycle-command'
import { CallFailed, type CommandEnv } from '../../electron/cli/command-env'
import { UsageError } from '../../electron/cli/options'
import { parseArgs } from '../../electron/rpc/args'
import { importBackend, type ImportBackend } from '../support/import-backend'
import { fixtureFile } from '../support/temp-dir'

let k: ImportBackend
const P = '2025-Q1'

beforeAll(async () => {
  k = await importBackend('stages-cli')
  await k.ok('roster-import', { file: fixtureFile('roster.xlsx') })
  await k.ok('scheme-import', { file: fixtureFile('scheme.xlsx'), name: '平时考核2025' })
  await k.ok('period-create', { id: P, kind: 'quarter', scheme: '平时考核2025' })
}, 60_000)
afterAll(async () => k.close())

/** The command as the CLI runs it (the lead wires it under `period advance|status`). */
async function run(...argv: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = []
  const args = parseArgs(argv)
  const env: CommandEnv = {
    backend: k.backend,
    args,
    io: { out: (s) => out.push(s), err: (s) => out.push(s), signal: new AbortController().signal },
    json: args.options.json === true,
    vars: {},
    dbPath: k.backend.database.path,
    credential: k.credential,
  }
  const code = await periodLifecycleCommand(env)
  return { code, out: out.join('\n') }
}

describe('CLI period advance | status', () => {
  it('advance: draft → open, then refused with the reasons', async () => {
    const opened = await run('period', 'advance', '--id', P)
    expect(opened).toEqual({ code: 0, out: '考核周期 2025-Q1 已从“草稿”进入“进行中”。' })
    const refused = await run('period', 'advance', '--id', P).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(CallFailed)
    expect((refused as CallFailed).error.message).toContain('还有 36 人未完成个人述职')
  })

  it('status: the period, progress per department and what blocks the next step', async () => {
    const r = await run('period', 'status', '--id', P)
    expect(r.code).toBe(0)
    expect(r.out).toContain('2025-Q1（2025年第一季度平时考核）状态：进行中；参加 37 人')
    expect(r.out).toContain('  党政办公室（7 人）：个人述职 0/6  同事互评 0/6  领导核验 0/7  党委审定 0/7')
    expect(r.out).toContain('下一步“审核中”受阻：')
    expect(r.out).toContain('  · 还有 37 人未完成领导核验')
    const json = JSON.parse((await run('period', 'status', '--id', P, '--json')).out)
    expect(Object.keys(json)).toEqual(['departments'])
    expect(json.departments).toHaveLength(6)
    const office = json.departments.find((d: { department: string }) => d.department === '党政办公室')
    expect(office).toEqual({
      department: '党政办公室',
      stages: { 个人述职: { done: 0, total: 6 }, 同事互评: { done: 0, total: 6 }, 领导核验: { done: 0, total: 7 }, 党委审定: { done: 0, total: 7 } },
    })
  })

  it('status --json: once ratings with 互评 for everyone are imported, 同事互评 is done for every department, no click', async () => {
    await k.ok('ratings-import', { file: fixtureFile('ratings-2025-Q1.xlsx'), period: P })
    const json = JSON.parse((await run('period', 'status', '--id', P, '--json')).out) as { departments: { department: string; stages: Record<string, { done: number; total: number }> }[] }
    expect(json.departments).toHaveLength(6)
    for (const d of json.departments) {
      expect(Object.keys(d.stages)).toEqual(['个人述职', '同事互评', '领导核验', '党委审定'])
      expect(d.stages['同事互评'].total).toBeGreaterThan(0)
      expect(d.stages['同事互评'].done, d.department).toBe(d.stages['同事互评'].total)
      // 述职 is its own record: the imported 自评 ratings do not fill it in
      expect(d.stages['个人述职'].done).toBe(0)
    }
    expect((await run('period', 'status', '--id', P)).out).not.toContain('未完成同事互评')
  })

  it('usage errors name what is missing', async () => {
    await expect(run('period', 'status')).rejects.toBeInstanceOf(UsageError)
    await expect(run('period', 'sideways', '--id', P)).rejects.toBeInstanceOf(UsageError)
  })
})
