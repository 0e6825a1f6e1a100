import http from 'node:http'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Exemption, PeriodResults, ResultRow } from '../../shared/contract'
import { SESSION_HEADER, startBridge, TOKEN_HEADER } from '../../electron/rpc/http-bridge'
import type { ImportBackend } from '../support/import-backend'
import { P, seededBackend, walkToReview } from '../support/fixture-in-review'
import { cli } from '../support/run-cli'
import { tableSnapshot } from '../support/table-snapshot'
import { fixtureFile, fixturesDir } from '../support/temp-dir'

let k: ImportBackend
let dbPath: string
let exemption: Exemption

const results = () => k.ok<PeriodResults>('results-list', { period: P })
const rowOf = async (staffNo: string): Promise<ResultRow> => (await results()).rows.find((r) => r.staffNo === staffNo)!
const status = async () => (await k.db.selectFrom('periods').select('status').where('id', '=', P).executeTakeFirstOrThrow()).status

const snapshot = () => tableSnapshot(k.backend.database.sqlite)

beforeAll(async () => {
  k = await seededBackend('approval-lock')
  dbPath = k.backend.database.path
}, 60_000)
afterAll(async () => k.close())

describe('the approval lock, end to end (fixture 2025-Q1)', () => {
  it('approve is refused before review, saying the status and what approval needs', async () => {
    const run = await cli(dbPath, 'approve', '--period', P)
    expect(run.code).toBe(1)
    expect(run.err).toContain('“进行中”')
    expect(run.err).toContain('审核中')
    expect(await status()).toBe('open')
  })

  it('in review the committee overrides one grade with a reason', async () => {
    await walkToReview(k)
    expect(await status()).toBe('review')
    expect(await rowOf('S003')).toMatchObject({ total: 87.62, grade: '较好', proposedGrade: '较好' })
    const row = await k.ok<ResultRow>('overrides-add', { period: P, staffNo: 'S003', grade: '好', reason: '牵头完成防汛抢险任务，群众来信表扬' })
    expect(row).toMatchObject({ staffNo: 'S003', grade: '好', proposedGrade: '较好', total: 87.62 })
    expect(row.flags).toEqual([{ kind: 'override', text: '考核委员会改定为“好”（原建议“较好”）：牵头完成防汛抢险任务，群众来信表扬' }])
    const audit = await k.db.selectFrom('audit_log').selectAll().where('method', '=', 'overrides-add').executeTakeFirstOrThrow()
    expect(audit).toMatchObject({ entity: 'grade_override', entity_id: '2025-Q1/S003', user_name: 'clerk', user_role: 'clerk' })
    expect(JSON.parse(audit.before!)).toEqual({ grade: '较好', reason: null })
    expect(JSON.parse(audit.after!)).toEqual({ grade: '好', proposedGrade: '较好', reason: '牵头完成防汛抢险任务，群众来信表扬' })
  })

  it('an exemption rescales that one person’s total; nobody else’s moves, the override stands', async () => {
    const before = await results()
    exemption = await k.ok<Exemption>('exemptions-add', {
      period: P,
      staffNo: 'S001',
      indicator: 'N2',
      evaluation: '经容错纠错评估：试点“矛盾纠纷一站式化解”，程序合规，未谋私利',
      reason: '试点期间化解效果指标受改革影响，依规免责',
    })
    const after = await results()
    const s001 = after.rows.find((r) => r.staffNo === 'S001')!
    // S001 罗强洋, 能 (N) = 0.6 × N1 + 0.4 × N2; each item = (0.5 领导 + 0.3 互评 + 0.1 自评) / 0.9, 互评 trimmed (6 ratings):
    //   N1 = (0.5 × 79.5 + 0.3 × 77.5 + 0.1 × 87) / 0.9 = 71.7 / 0.9 = 79.6667
    //   N2 = (0.5 × 83 + 0.3 × 85.25 + 0.1 × 90) / 0.9 = 76.075 / 0.9 = 84.5278
    //   N before = 0.6 × 79.6667 + 0.4 × 84.5278 = 81.6111; N2 exempt → N = N1 = 79.6667
    // total before = 0.15 × 87.7361 (德) + 0.15 × 81.6111 (能) + 0.15 × 85.4722 (勤) + 0.4 × 88.1215 (绩) + 0.15 × 87.5 (廉) = 86.5965
    // total after = 86.5965 + 0.15 × (79.6667 − 81.6111) = 86.5965 − 0.2917 = 86.3049 → 86.30
    expect(before.rows.find((r) => r.staffNo === 'S001')).toMatchObject({ total: 86.6, dimensions: expect.objectContaining({ N: 81.61 }) })
    expect(s001).toMatchObject({ total: 86.3, exempted: ['群众矛盾化解效果'], dimensions: expect.objectContaining({ N: 79.67 }) })
    expect(s001.notes).toContain('容错免责：群众矛盾化解效果 不计入，其余按权重折算')
    const totals = (r: PeriodResults) => r.rows.filter((x) => x.staffNo !== 'S001').map((x) => [x.staffNo, x.total])
    expect(totals(after)).toEqual(totals(before))
    expect(after.rows.find((r) => r.staffNo === 'S003')).toMatchObject({ grade: '好', proposedGrade: '较好' })
    const audit = await k.db.selectFrom('audit_log').select(['entity', 'entity_id']).where('method', '=', 'exemptions-add').orderBy('id').execute()
    // the exemption itself, then the recompute it caused
    expect(audit).toEqual([{ entity: 'exemption', entity_id: String(exemption.id) }, { entity: 'results', entity_id: P }])
  })

  it('approve moves review → approved and prints the new status', async () => {
    const run = await cli(dbPath, 'approve', '--period', P)
    expect(run.err).toBe('')
    expect(run.code).toBe(0)
    expect(run.out).toContain('已审定')
    expect(await status()).toBe('approved')
  })

  it('(a) every changing call through the dispatch is refused as frozen and the database is unchanged', async () => {
    const before = snapshot()
    const reason = '审定后补充更正'
    const calls: [string, unknown][] = [
      ['results-compute', { period: P }],
      ['entry-save', { period: P, role: '领导', rater: 'L01', cells: [{ staffNo: 'S001', code: 'D1', score: 50 }] }],
      ['ratings-import', { period: P, file: fixtureFile('ratings-2025-Q1.xlsx'), replace: true }],
      ['satisfaction-import', { period: P, file: fixtureFile('satisfaction-2025-Q1.gbk.csv') }],
      ['ballots-import', { period: P, file: fixtureFile('ratings-2025-Q1.xlsx') }],
      ['measures-import', { period: P, file: fixtureFile('ratings-2025-Q1.xlsx') }],
      ['stages-record', { period: P, staffNos: ['S001'], payload: { stage: 'peer' } }],
      ['stages-record', { period: P, staffNos: ['S001'], payload: { stage: 'committee' } }],
      ['period-person-update', { id: P, staffNo: 'S001', status: '不参加', reason: '调离' }],
      ['overrides-add', { period: P, staffNo: 'S001', grade: '好', reason }],
      ['overrides-remove', { period: P, staffNo: 'S003', reason }],
      ['exemptions-add', { period: P, staffNo: 'S002', indicator: 'N2', evaluation: reason, reason }],
      ['exemptions-remove', { id: exemption.id, reason }],
    ]
    for (const [method, input] of calls) {
      const e = await k.refused(method, input)
      expect(e.code, method).toBe('frozen')
      expect(e.message, method).toContain('已审定')
      expect(e.message, method).toContain(P)
    }
    // the committee's own decisions and a recompute say how approved results do change
    for (const method of ['results-compute', 'entry-save', 'ratings-import', 'period-person-update', 'overrides-add', 'overrides-remove', 'exemptions-add', 'exemptions-remove']) {
      const input = calls.find(([m]) => m === method)![1]
      expect((await k.refused(method, input)).message, method).toContain('复核或申诉')
    }
    // re-running the cross-checks would reopen decided flags: refused as frozen too
    expect(await k.refused('flags-run', { period: P })).toMatchObject({ code: 'frozen', message: expect.stringContaining('已审定') })
    expect(snapshot()).toEqual(before)
    expect(await rowOf('S001')).toMatchObject({ total: 86.3, grade: '较好' })
  })

  it('(b) the CLI refuses each change with the reason and exit code 1', async () => {
    const before = snapshot()
    const runs = {
      compute: await cli(dbPath, 'compute', '--period', P),
      override: await cli(dbPath, 'override', '--period', P, '--staff', 'S001', '--grade', '好', '--reason', '审定后改定'),
      overrideRemove: await cli(dbPath, 'override', '--remove', '--period', P, '--staff', 'S003', '--reason', '审定后撤回'),
      exempt: await cli(dbPath, 'exempt', '--period', P, '--staff', 'S002', '--indicator', 'N2', '--evaluation', '审定后补办', '--reason', '审定后补办'),
      importRatings: await cli(dbPath, 'import', 'ratings', path.join(fixturesDir, 'ratings-2025-Q1.xlsx'), '--period', P, '--replace'),
    }
    for (const [name, run] of Object.entries(runs)) {
      expect(run.code, name).toBe(1)
      expect(run.err, name).toContain(`考核周期 ${P}`)
      expect(run.err, name).toContain('已审定')
    }
    expect(runs.compute.err).toContain('复核或申诉')
    expect(runs.override.err).toContain('不能再改定等次')
    expect(runs.override.err).toContain('复核或申诉')
    expect(runs.exempt.err).toContain('容错免责')
    expect(runs.importRatings.err).toContain('不能再导入评分')
    const again = await cli(dbPath, 'approve', '--period', P)
    expect(again.code).toBe(1)
    expect(again.err).toContain('已审定')
    // reading still works after approval
    const list = await cli(dbPath, 'exempt', '--list', '--period', P)
    expect(list.code).toBe(0)
    expect(list.out).toContain('S001')
    expect(list.out).toContain('群众矛盾化解效果（N2）')
    expect(snapshot()).toEqual(before)
  })

  it('(c) a crafted HTTP call to the bridge gets 409 frozen with the Chinese message', async () => {
    const before = snapshot()
    const bridge = await startBridge({ dispatcher: k.backend.dispatcher })
    try {
      const headers = { [TOKEN_HEADER]: bridge.token, [SESSION_HEADER]: k.credential.session!, 'Content-Type': 'application/json' }
      const override = await post(bridge.port, '/rpc/overrides-add', JSON.stringify({ period: P, staffNo: 'S001', grade: '好', reason: '绕过界面直接改定' }), headers)
      expect(override.status).toBe(409)
      expect(JSON.parse(override.body)).toEqual({
        ok: false,
        error: { code: 'frozen', message: `考核周期 ${P} 已审定（当前状态“已审定”），不能再改定等次；审定后的结果只能通过复核或申诉更正。` },
      })
      const exempt = await post(bridge.port, '/rpc/exemptions-remove', JSON.stringify({ id: exemption.id, reason: '绕过界面直接撤销' }), headers)
      expect(exempt.status).toBe(409)
      expect(JSON.parse(exempt.body).error).toMatchObject({ code: 'frozen', message: expect.stringContaining('复核或申诉') })
      const compute = await post(bridge.port, '/rpc/results-compute', JSON.stringify({ period: P }), headers)
      expect(compute.status).toBe(409)
    } finally {
      await bridge.close()
    }
    expect(snapshot()).toEqual(before)
  })
})

function post(port: number, pathName: string, body: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: pathName, method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('error', reject)
    req.end(body)
  })
}
