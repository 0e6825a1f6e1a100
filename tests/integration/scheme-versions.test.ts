import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SESSION_HEADER, startBridge, TOKEN_HEADER } from '../../electron/rpc/http-bridge'
import type { Indicator, IndicatorInput, Period, Scheme, SchemeDiff } from '../../shared/contract'
import { fixtureFile } from '../support/temp-dir'
import { importBackend, type ImportBackend } from '../support/import-backend'

const NAME = '平时考核2025'

/** What the editor sends back for an indicator it shows. */
function asInput(i: Indicator): IndicatorInput {
  const { id: _id, sortOrder: _sortOrder, ...rest } = i
  return rest
}

const newIndicator = (code: string, parentCode: string | null, weight: number, extra: Partial<IndicatorInput> = {}): IndicatorInput => ({
  code,
  name: `新指标${code}`,
  parentCode,
  weight,
  layer: '共性',
  scope: [],
  nature: '质量',
  mode: '评分',
  target: null,
  direction: '越高越好',
  cap: null,
  validFrom: null,
  validTo: null,
  description: '可观察的行为',
  ...extra,
})

describe('scheme versions: save, compare, freeze', () => {
  let k: ImportBackend
  const get = (version?: number) => k.ok<Scheme>('scheme-get', { name: NAME, ...(version ? { version } : {}) })
  const ids = (s: Scheme) => new Map(s.indicators.map((i) => [i.code, i.id]))
  const audits = (method: string) => k.db.selectFrom('audit_log').selectAll().where('method', '=', method).orderBy('id').execute()

  beforeAll(async () => {
    k = await importBackend('scheme-versions')
    await k.ok('roster-import', { file: fixtureFile('roster.xlsx') })
    await k.ok('scheme-import', { file: fixtureFile('scheme.xlsx'), name: NAME })
    await k.ok('period-create', { id: '2025-Q1', kind: 'quarter', scheme: NAME })
    await k.ok('ratings-import', { period: '2025-Q1', file: fixtureFile('ratings-2025-Q1.xlsx') })
  })
  afterAll(async () => k.close())

  it('gets the newest version by default and names a missing one', async () => {
    const v1 = await get()
    expect(v1).toMatchObject({ version: 1, status: 'draft', frozenBy: null, indicatorCount: 14 })
    expect((await get(1)).id).toBe(v1.id)
    const err = await k.refused('scheme-get', { name: NAME, version: 9 })
    expect(err).toEqual({ code: 'not-found', message: '指标体系“平时考核2025”没有第 9 版。' })
    expect((await k.refused('scheme-get', { name: '没有', version: 1 })).message).toBe('找不到名为“没有”的指标体系。')
  })

  it('saves added, edited and reordered indicators, keeping the ids of the codes it keeps', async () => {
    const before = await get(1)
    const list = before.indicators.map(asInput)
    const l = list.splice(list.findIndex((i) => i.code === 'L'), 2) // L and L1 move to the front
    list.unshift(...l)
    const j2 = list.find((i) => i.code === 'J2') as IndicatorInput
    j2.name = '工作质量与效率'
    j2.description = '差错率、返工次数'
    list.push(newIndicator('J4', 'J', 0, { layer: '动态', validFrom: '2025-01-01', validTo: '2025-12-31', nature: '数量' }))
    const saved = await k.ok<Scheme>('scheme-save', { name: NAME, version: 1, indicators: list })

    expect(saved.indicators.map((i) => i.code)).toEqual(list.map((i) => i.code))
    expect(saved.indicators.map((i) => i.sortOrder)).toEqual(list.map((_, n) => n + 1))
    const oldIds = ids(before)
    for (const [code, id] of ids(saved)) if (oldIds.has(code)) expect(id, code).toBe(oldIds.get(code))
    expect(saved.indicators.find((i) => i.code === 'J2')).toMatchObject({ name: '工作质量与效率', description: '差错率、返工次数' })

    const log = await audits('scheme-save')
    const entry = (id: string) => log.filter((a) => a.entity_id === `${NAME}/1/${id}`)
    expect(entry('J4')).toHaveLength(1)
    expect(entry('J4')[0].before).toBe('null')
    expect(JSON.parse(entry('J2')[0].before!)).toMatchObject({ name: '工作质量效率' })
    expect(JSON.parse(entry('J2')[0].after!)).toMatchObject({ name: '工作质量与效率' })
    // moved rows are not changes of their own; the new order is one entry
    expect(entry('L')).toHaveLength(0)
    expect(log.filter((a) => a.entity === 'scheme-order')).toHaveLength(1)
  })

  it('deletes an indicator nobody rated, audited with what it was', async () => {
    const list = (await get(1)).indicators.map(asInput).filter((i) => i.code !== 'J4')
    const saved = await k.ok<Scheme>('scheme-save', { name: NAME, version: 1, indicators: list })
    expect(saved.indicators.some((i) => i.code === 'J4')).toBe(false)
    const removed = (await audits('scheme-save')).filter((a) => a.entity_id === `${NAME}/1/J4`).at(-1)
    expect(removed?.after).toBe('null')
    expect(JSON.parse(removed!.before!)).toMatchObject({ code: 'J4', layer: '动态' })
  })

  it('refuses to delete or re-code a rated indicator, naming it, its ratings and their period; nothing changes', async () => {
    const before = await get(1)
    const counts = await k.counts()
    const rated = await k.db
      .selectFrom('ratings')
      .innerJoin('indicators', 'indicators.id', 'ratings.indicator_id')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .where('indicators.code', '=', 'J3')
      .executeTakeFirstOrThrow()
    const without = before.indicators.map(asInput).filter((i) => i.code !== 'J3')
    const err = await k.refused('scheme-save', { name: NAME, version: 1, indicators: without })
    expect(err.code).toBe('conflict')
    expect(err.message).toBe(`指标体系未保存：指标“J3 一次办结率”已有 ${Number(rated.n)} 条评分（考核周期 2025-Q1），不能删除或修改编码。`)

    const recoded = before.indicators.map(asInput).map((i) => (i.code === 'J1' ? { ...i, code: 'J1a' } : i))
    const err2 = await k.refused('scheme-save', { name: NAME, version: 1, indicators: recoded })
    expect(err2.message).toMatch(/指标“J1 工作任务完成”已有 \d+ 条评分（考核周期 2025-Q1）/)
    expect(await get(1)).toEqual(before)
    expect(await k.counts()).toEqual(counts)
  })

  it('refuses a broken tree with every reason, and writes nothing', async () => {
    const before = await get(1)
    const list = before.indicators.map(asInput)
    const broken = [...list, newIndicator('X1', 'NOPE', 0), newIndicator('D1', 'D', 0), newIndicator('P', 'Q9', 0), newIndicator('Q9', 'P', 0)]
    const err = await k.refused('scheme-save', { name: NAME, version: 1, indicators: broken })
    expect(err.code).toBe('invalid-input')
    expect(err.message).toBe('指标体系未保存：编码“D1 新指标D1”重复。指标“X1 新指标X1”的上级编码“NOPE”不存在。上级关系形成循环：P → Q9 → P。')
    const underBonus = [...list, newIndicator('B', null, 0, { mode: '加减分' }), newIndicator('B1', 'B', 0)]
    expect((await k.refused('scheme-save', { name: NAME, version: 1, indicators: underBonus })).message).toContain('“B 新指标B”是加减分项，不能再有下级指标。')
    const backwards = [...list, newIndicator('W', 'J', 0, { layer: '动态', validFrom: '2025-12-31', validTo: '2025-01-01' })]
    expect((await k.refused('scheme-save', { name: NAME, version: 1, indicators: backwards })).message).toBe(
      '指标体系未保存：指标“W 新指标W”的生效起（2025-12-31）晚于生效止（2025-01-01）。',
    )
    const badWeight = await k.refused('scheme-save', { name: NAME, version: 1, indicators: [newIndicator('A', null, 1.5)] })
    expect(badWeight.code).toBe('invalid-input')
    expect(await get(1)).toEqual(before)
  })

  describe('once a period opens on a version', () => {
    let frozen: Scheme
    beforeAll(async () => {
      const p = await k.ok<Period>('period-open', { id: '2025-Q1' })
      expect(p.status).toBe('open')
      frozen = await get(1)
    })
    const why = '指标体系“平时考核2025”第 1 版已被考核周期 2025-Q1（2025年第一季度平时考核）使用并冻结，不能修改。如需调整，请以此版为基础新建版本。'

    it('shows the version frozen by that period, and the opening is audited', async () => {
      expect(frozen).toMatchObject({ status: 'frozen', frozenBy: '2025-Q1' })
      const log = (await audits('period-open')).at(-1)
      expect(log).toMatchObject({ entity: 'period', entity_id: '2025-Q1', before: '{"status":"draft"}', after: '{"status":"open"}' })
    })

    it('refuses scheme-save, scheme-indicator-update, weights-apply and scheme-import over it, naming the period; nothing changes', async () => {
      const counts = await k.counts()
      const auditCount = (await k.db.selectFrom('audit_log').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n
      const calls: [string, unknown][] = [
        ['scheme-save', { name: NAME, version: 1, indicators: frozen.indicators.map(asInput).map((i) => ({ ...i, name: `${i.name}改` })) }],
        ['scheme-indicator-update', { name: NAME, code: 'J1', patch: { weight: 0.4 } }],
        ['scheme-indicator-update', { name: NAME, version: 1, code: 'J1', patch: { description: '改' } }],
        ['weights-apply', { name: NAME, version: 1, parentCode: 'J', method: 'direct', weights: { J1: 0.4, J2: 0.4, J3: 0.2 }, inputs: null, result: null }],
        ['scheme-import', { file: fixtureFile('scheme.xlsx'), name: NAME }],
      ]
      for (const [method, input] of calls) expect(await k.refused(method, input), method).toEqual({ code: 'frozen', message: why })
      expect(await get(1)).toEqual(frozen)
      expect(await k.counts()).toEqual(counts)
      const after = (await k.db.selectFrom('audit_log').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n
      expect(after).toBe(auditCount)
      expect(await k.db.selectFrom('weight_decisions').selectAll().execute()).toEqual([])
    })

    it('refuses a crafted call over the HTTP bridge the same way', async () => {
      const bridge = await startBridge({ dispatcher: k.backend.dispatcher })
      try {
        const body = JSON.stringify({ name: NAME, version: 1, indicators: [] })
        const reply = await post(bridge.port, '/rpc/scheme-save', body, { [TOKEN_HEADER]: bridge.token, [SESSION_HEADER]: k.credential.session!, 'Content-Type': 'application/json' })
        expect(reply.status).toBe(409)
        expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'frozen', message: why } })
        const weights = JSON.stringify({ name: NAME, version: 1, parentCode: null, method: 'direct', weights: { D: 1 }, inputs: {}, result: {} })
        const again = await post(bridge.port, '/rpc/weights-apply', weights, { [TOKEN_HEADER]: bridge.token, [SESSION_HEADER]: k.credential.session!, 'Content-Type': 'application/json' })
        expect(JSON.parse(again.body).error.code).toBe('frozen')
      } finally {
        await bridge.close()
      }
      expect(await get(1)).toEqual(frozen)
    })

    it('refuses opening it again, saying the status in words', async () => {
      expect(await k.refused('period-open', { id: '2025-Q1' })).toEqual({
        code: 'conflict',
        message: '考核周期 2025-Q1 当前状态为“进行中”，只有草稿状态的周期可以开始。',
      })
      expect((await k.refused('period-open', { id: '2030-Q1' })).code).toBe('not-found')
    })

    it('copies it into a new draft version that can be edited while the frozen one stays as it was', async () => {
      const v2 = await k.ok<Scheme>('scheme-new-version', { name: NAME, fromVersion: 1 })
      expect(v2).toMatchObject({ version: 2, status: 'draft', frozenBy: null, indicatorCount: frozen.indicatorCount })
      const row = await k.db.selectFrom('schemes').selectAll().where('id', '=', v2.id).executeTakeFirstOrThrow()
      expect(row.based_on_version).toBe(1)
      expect(v2.indicators.map(asInput)).toEqual(frozen.indicators.map(asInput))
      expect(v2.indicators.every((i) => !frozen.indicators.some((f) => f.id === i.id))).toBe(true)

      // J3's ratings point at version 1's row, so version 2 may drop it
      const list = v2.indicators.map(asInput).filter((i) => i.code !== 'J3')
      list.find((i) => i.code === 'J1')!.weight = 0.6
      list.find((i) => i.code === 'J2')!.weight = 0.4
      list.push(newIndicator('J4', 'J', 0, { layer: '动态', validFrom: '2025-07-01', validTo: null }))
      await k.ok('scheme-save', { name: NAME, version: 2, indicators: list })
      // with no version named, an edit goes to the newest: the draft
      const edited = await k.ok<Indicator>('scheme-indicator-update', { name: NAME, code: 'J4', patch: { name: '人工智能应用' } })
      expect(edited.name).toBe('人工智能应用')
      expect(await get(1)).toEqual(frozen)
      expect((await get()).version).toBe(2)
    })

    it('compares two versions: added, removed and changed with the fields that differ', async () => {
      const diff = await k.ok<SchemeDiff>('scheme-compare', { name: NAME, from: 1, to: 2 })
      expect(diff).toMatchObject({ name: NAME, from: 1, to: 2 })
      expect(diff.added.map((i) => i.code)).toEqual(['J4'])
      expect(diff.removed.map((i) => i.code)).toEqual(['J3'])
      expect(diff.changed.map((c) => [c.code, c.fields])).toEqual([
        ['J1', ['weight']],
        ['J2', ['weight']],
      ])
      expect(diff.changed[0].before.weight).toBe(0.5)
      expect(diff.changed[0].after.weight).toBe(0.6)
      expect((await k.refused('scheme-compare', { name: NAME, from: 1, to: 7 })).code).toBe('not-found')
    })
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
