import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Flag } from '../../shared/contract'
import { parseArgs } from '../../electron/rpc/args'
import { UsageError } from '../../electron/cli/options'
import { flagsCommand } from '../../electron/cli/flags-command'
import { importBackend, type ImportBackend } from '../support/import-backend'

/** Three people rated on one item by R1 (100 each) and L1 (80, 85, 90): R1 gets a full-marks flag. */
async function seed(b: ImportBackend) {
  const db = b.db
  const now = new Date().toISOString()
  const dep = await db.insertInto('departments').values({ name: '办公室', path: '办公室', parent_id: null }).returning('id').executeTakeFirstOrThrow()
  const scheme = await db.insertInto('schemes').values({ name: '方案', version: 1, status: 'draft', created_at: now, based_on_version: null }).returning('id').executeTakeFirstOrThrow()
  const dim = { scheme_id: scheme.id, layer: '共性', scope: '[]', nature: '质量', mode: '评分', target: null, direction: '越高越好', cap: null, valid_from: null, valid_to: null, description: null }
  await db.insertInto('indicators').values({ ...dim, code: 'D', name: '德', parent_code: null, weight: 1, sort_order: 1 }).execute()
  const item = await db.insertInto('indicators').values({ ...dim, code: 'D1', name: '作风', parent_code: 'D', weight: 1, sort_order: 2 }).returning('id').executeTakeFirstOrThrow()
  await db.insertInto('periods').values({ id: '2025-Q3', kind: 'quarter', year: 2025, name: '2025年第三季度', scheme_id: scheme.id, status: 'open', start_date: '2025-07-01', end_date: '2025-09-30', created_at: now }).execute()
  for (const [k, leader] of [80, 85, 90].entries()) {
    const p = await db
      .insertInto('people')
      .values({ staff_no: `A0${k + 1}`, name: `员${k + 1}`, department_id: dep.id, position_class: null, rank_title: null, is_leader: 0, gender: null, birth: null, political: null, status: '参加', status_reason: null, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    await db.insertInto('period_people').values({ period_id: '2025-Q3', person_id: p.id, status: '参加', status_reason: null }).execute()
    const r = { period_id: '2025-Q3', person_id: p.id, indicator_id: item.id, batch_id: null, source_row: null }
    await db.insertInto('ratings').values([{ ...r, role: '互评', rater: 'R1', score: 100 }, { ...r, role: '领导', rater: 'L1', score: leader }]).execute()
  }
}

describe("CLI 'flags --period ID [--run] [--json]' (flagsCommand)", () => {
  let b: ImportBackend
  const run = async (...argv: string[]) => {
    const out: string[] = []
    const args = parseArgs(['flags', ...argv])
    const code = await flagsCommand({ backend: b.backend, args, io: { out: (s) => out.push(s), err: () => undefined, signal: new AbortController().signal }, json: args.options.json === true, vars: {}, dbPath: b.backend.database.path, credential: b.credential })
    return { code, out: out.join('\n') }
  }

  beforeAll(async () => {
    b = await importBackend('flags-cli')
    await seed(b)
  })
  afterAll(async () => b.close())

  it('lists nothing before a run, says so in words', async () => {
    expect(await run('--period', '2025-Q3')).toEqual({ code: 0, out: '考核周期 2025-Q3 没有交叉核验标记。' })
    expect(JSON.parse((await run('--period', '2025-Q3', '--json')).out)).toEqual([])
  })

  it('--run checks the period first and prints the Flag[] array as JSON', async () => {
    const { code, out } = await run('--period', '2025-Q3', '--run', '--json')
    expect(code).toBe(0)
    const flags = JSON.parse(out) as Flag[]
    expect(flags.map((f) => [f.kind, f.role, f.rater, f.status])).toEqual([['full-marks', '互评', 'R1', 'open']])
    expect(flags[0].details).toMatchObject({ ratees: 3, scores: 3 })
  })

  it('prints one line per flag with its decision under it', async () => {
    const [flag] = await b.ok<Flag[]>('flags-list', { period: '2025-Q3' })
    await b.ok('flags-resolve', { id: flag.id, decision: 'excluded', reason: '全部满分' })
    const { out } = await run('--run', '--period', '2025-Q3')
    const lines = out.split('\n')
    expect(lines[0]).toBe('已重新核验考核周期 2025-Q3：新增 0 条，保留 1 条，移除 0 条。')
    expect(lines[1]).toBe(`#${flag.id}\t全部满分\t已剔除\t互评·R1\t给全部 3 名被评人的 3 项评分都是满分。`)
    expect(lines[2]).toMatch(/^\t已剔除（.+，.+）：全部满分$/)
  })

  it('needs --period', async () => {
    await expect(run('--json')).rejects.toBeInstanceOf(UsageError)
  })
})
