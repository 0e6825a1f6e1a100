import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { EffectiveScheme, ExportedFile, Indicator, IndicatorInput, ImportResult, Scheme, SchemeCheck } from '../../shared/contract'
import { parseArgs } from '../../electron/rpc/args'
import { CallFailed } from '../../electron/cli/command-env'
import { UsageError } from '../../electron/cli/options'
import { schemeCommand } from '../../electron/cli/scheme-command'
import { fixtureFile } from '../support/temp-dir'
import { importBackend, type ImportBackend } from '../support/import-backend'

const NAME = '平时考核2025'
const asInput = ({ id: _id, sortOrder: _s, ...rest }: Indicator): IndicatorInput => rest

async function sheetOf(file: ExportedFile): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ExcelJS.Buffer)
  return wb.worksheets[0]
}

describe('effective schemes, checks, export and the scheme command', () => {
  let k: ImportBackend
  beforeAll(async () => {
    k = await importBackend('scheme-effective')
    await k.ok('roster-import', { file: fixtureFile('roster.xlsx') })
    await k.ok('scheme-import', { file: fixtureFile('scheme.xlsx'), name: NAME })
    await k.ok('period-create', { id: '2025-Q1', kind: 'quarter', scheme: NAME })
  })
  afterAll(async () => k.close())

  const effective = (target: object, asOf?: string) => k.ok<EffectiveScheme>('scheme-effective', { scheme: { name: NAME }, target, ...(asOf ? { asOf } : {}) })
  const weights = (e: EffectiveScheme, codes: string[]) => codes.map((c) => e.indicators.find((i) => i.code === c)?.weight)

  it('gives a person the indicators that apply to them, the target in words', async () => {
    const window = await effective({ staffNo: 'S030' }, '2025-03-31')
    expect(window).toMatchObject({ name: NAME, version: 1, asOf: '2025-03-31', target: '工号 S030 李冬华（窗口服务 · 便民服务中心）' })
    expect(weights(window, ['J1', 'J2', 'J3'])).toEqual([0.5, 0.3, 0.2])
    const clerk = await effective({ staffNo: 'S001' })
    const [j1, j2, j3] = weights(clerk, ['J1', 'J2', 'J3'])
    expect([j1, j3]).toEqual([0.625, undefined])
    expect(j2).toBeCloseTo(0.375, 12)
    expect(clerk.indicators.find((i) => i.code === 'J1')?.globalWeight).toBeCloseTo(0.25, 12)
  })

  it('gives a position class or a department its scheme, and names bad input', async () => {
    expect(weights(await effective({ positionClass: '窗口服务' }), ['J3'])).toEqual([0.2])
    const dept = await effective({ department: '便民服务中心' })
    expect(dept.target).toBe('部门“便民服务中心”')
    expect(weights(dept, ['J3'])).toEqual([undefined])
    expect((await effective({})).target).toBe('未指定岗位类别和部门的人员')
    expect(await k.refused('scheme-effective', { scheme: { name: NAME }, target: { staffNo: 'NOPE' } })).toEqual({
      code: 'not-found',
      message: '名册中没有工号为“NOPE”的人员。',
    })
    expect((await k.refused('scheme-effective', { scheme: { name: NAME }, target: {}, asOf: '2025-02-30' })).code).toBe('invalid-input')
  })

  it('exports the effective scheme as a printable A4 list', async () => {
    const file = await k.ok<ExportedFile>('scheme-effective-export', { scheme: { name: NAME }, target: { staffNo: 'S030' } })
    expect(file.fileName).toBe('本单位-适用指标《平时考核2025》第1版（工号 S030 李冬华（窗口服务 · 便民服务中心））.xlsx')
    const ws = await sheetOf(file)
    expect(ws.pageSetup.paperSize).toBe(9)
    expect(ws.getCell('A1').value).toBe('本单位工号 S030 李冬华（窗口服务 · 便民服务中心）适用的指标及权重')
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual(['编码', '指标名称', '类型', '性质', '计分方式', '设定权重', '折算权重', '占总分权重'])
    const j3 = ws.getRow(2 + 1 + 11) // D D1 D2 N N1 N2 Q Q1 J J1 J2 → J3 is the 12th
    expect(j3.getCell(1).value).toBe('J3')
    expect(j3.getCell(2).value).toBe('\u3000一次办结率')
    expect(j3.getCell(8).value).toBeCloseTo(0.08, 12)
    expect(j3.getCell(8).numFmt).toBe('0.00%')
  })

  it('checks the fixture scheme: valid, quantity at 43 % overall and 40 % for classes without J3', async () => {
    const check = await k.ok<SchemeCheck>('scheme-check', { name: NAME, period: '2025-Q1' })
    expect(check).toMatchObject({ name: NAME, version: 1, ok: true, items: [] })
    expect(check.quantityShare.overall).toBeCloseTo(0.43, 12)
    expect(check.quantityShare.byPositionClass['综合管理']).toBeCloseTo(0.4, 12)
    expect((await k.refused('scheme-check', { name: NAME, period: '2031-Q1' })).code).toBe('not-found')
  })

  it('reports errors and warnings with stable rules and messages naming the indicator', async () => {
    const v2 = await k.ok<Scheme>('scheme-new-version', { name: NAME, fromVersion: 1 })
    const list = v2.indicators.map(asInput).map((i) => (i.code === 'J3' ? { ...i, scope: ['窗口服务', '窗囗服务'] } : i))
    list.find((i) => i.code === 'J1')!.weight = 0.6
    list.find((i) => i.code === 'L1')!.description = null
    list.push({ ...list.find((i) => i.code === 'J2')!, code: 'J4', name: '人工智能应用', weight: 0, layer: '动态', validFrom: '2025-07-01', validTo: '2025-12-31' })
    list.push({ ...list.find((i) => i.code === 'J2')!, code: 'J5', name: '重点项目', weight: 0, mode: '目标', target: null })
    await k.ok('scheme-save', { name: NAME, version: 2, indicators: list })
    const check = await k.ok<SchemeCheck>('scheme-check', { name: NAME, version: 2, period: '2025-Q1' })
    expect(check.ok).toBe(false)
    expect(check.items.map((i) => [i.severity, i.rule, i.indicator])).toEqual([
      ['error', 'weight-sum', 'J'],
      ['error', 'target-missing', 'J5'],
      ['warning', 'scope-unmatched', 'J3'],
      ['warning', 'no-definition', 'L1'],
      ['warning', 'window-misses-period', 'J4'],
    ])
    expect(check.items.map((i) => i.message)).toEqual([
      '“J 绩”的下级指标权重合计为 110%，应为 100%。',
      '指标“J5 重点项目”按目标计分，但没有填写目标值。',
      '个性指标“J3 一次办结率”的适用范围“窗囗服务”与名册中任何人的岗位类别或部门都不相符。',
      '指标“L1 廉洁自律”没有说明（可观察的行为或评分标准）。',
      '动态指标“J4 人工智能应用”的生效期（2025-07-01 至 2025-12-31）不在考核周期 2025-Q1 内，本周期不适用。',
    ])
  })

  it('exports a version in the template layout that imports again as the same indicators', async () => {
    const v2 = await k.ok<Scheme>('scheme-get', { name: NAME, version: 2 })
    const list = v2.indicators.map(asInput).map((i) => {
      if (i.code === 'J5') return { ...i, target: 12, cap: 5, direction: '越低越好' as const, description: '多行\n说明' }
      if (i.code === 'J2') return { ...i, weight: 1 / 3 }
      return i
    })
    await k.ok('scheme-save', { name: NAME, version: 2, indicators: list })
    const file = await k.ok<ExportedFile>('scheme-export', { name: NAME, version: 2 })
    expect(file.fileName).toBe('本单位-指标体系《平时考核2025》第2版.xlsx')
    const ws = await sheetOf(file)
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual(['编码', '名称', '上级编码', '权重', '类型', '适用范围', '性质', '计分方式', '目标值', '方向', '上限', '生效起', '生效止', '说明'])
    expect(ws.getRow(3).getCell(4).value).toBe('15%')

    const imported = await k.ok<ImportResult>('scheme-import', { file, name: '副本' })
    expect(imported.written).toBe(list.length)
    const copy = await k.ok<Scheme>('scheme-get', { name: '副本' })
    const saved = await k.ok<Scheme>('scheme-get', { name: NAME, version: 2 })
    const norm = (s: Scheme) => s.indicators.map((i) => ({ ...asInput(i), weight: Math.round(i.weight * 1e9) }))
    expect(norm(copy)).toEqual(norm(saved))
    copy.indicators.forEach((i, n) => expect(i.weight).toBeCloseTo(saved.indicators[n].weight, 10))
  })

  describe('the scheme command', () => {
    async function run(...argv: string[]) {
      const out: string[] = []
      const err: string[] = []
      const io = { out: (s: string) => out.push(s), err: (s: string) => err.push(s), signal: new AbortController().signal }
      let code: number
      try {
        code = await schemeCommand({ backend: k.backend, args: parseArgs(argv), io, json: argv.includes('--json'), vars: {}, dbPath: k.backend.database.path, credential: k.credential })
      } catch (e) {
        if (!(e instanceof CallFailed) && !(e instanceof UsageError)) throw e
        err.push(e.message)
        code = e instanceof UsageError ? 2 : 1
      }
      return { code, out: out.join('\n'), err: err.join('\n') }
    }

    it('shows a scheme as a tree, and one person’s effective scheme as JSON', async () => {
      const shown = await run('scheme', 'show', NAME, '--version', '1')
      expect(shown.code).toBe(0)
      expect(shown.out.split('\n')[0]).toBe('指标体系“平时考核2025”第 1 版（草稿，14 个指标）')
      expect(shown.out).toContain('\n  J3 一次办结率  20%  个性 · 数量 · 评分 · 窗口服务')
      const mine = await run('scheme', 'show', NAME, '--version', '1', '--for', 'S001', '--json')
      expect(mine.code).toBe(0)
      const e = JSON.parse(mine.out) as EffectiveScheme
      expect(e.indicators.find((i) => i.code === 'J1')?.weight).toBe(0.625)
    })

    it('checks: exit 0 with warnings only, 1 with errors, the report printed either way', async () => {
      const good = await run('scheme', 'check', NAME, '--version', '1', '--period', '2025-Q1')
      expect(good.code).toBe(0)
      expect(good.out).toContain('数量指标占总权重：43%')
      expect(good.out).toContain('没有错误，0 条提示。')
      const bad = await run('scheme', 'check', NAME, '--version', '2', '--period', '2025-Q1')
      expect(bad.code).toBe(1)
      // J2 is at ⅓ since the export test
      expect(bad.out).toContain('  错误 “J 绩”的下级指标权重合计为 113.3333%，应为 100%。')
      const json = await run('scheme', 'check', NAME, '--json')
      expect(json.code).toBe(1)
      expect((JSON.parse(json.out) as SchemeCheck).version).toBe(2)
      expect((await run('scheme', 'check', '没有')).err).toBe('找不到名为“没有”的指标体系。')
      expect((await run('scheme', 'frobnicate')).code).toBe(2)
    })
  })
})
