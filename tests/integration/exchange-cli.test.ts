import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ExchangePreview } from '../../shared/contract'
import { buildAnnualYear } from '../support/annual-year'
import { cli, cliAs } from '../support/run-cli'
import { tableSnapshot } from '../support/table-snapshot'
import { tempDir } from '../support/temp-dir'

/** `kaohe exchange`: the exact lines a clerk reads, the exit codes scripts rely on, and --dry-run writing nothing. */
describe('kaohe exchange', () => {
  const tmp = tempDir('kaohe-exchange-cli-')
  const town = path.join(tmp.dir, 'town.db')
  const county = path.join(tmp.dir, 'county.db')
  const keyFile = path.join(tmp.dir, 'shared.key')
  const otherKey = path.join(tmp.dir, 'other.key')
  const out = path.join(tmp.dir, 'out', '上半年.khx')
  const snapshot = () => {
    const db = new Database(county, { readonly: true })
    try {
      return tableSnapshot(db)
    } finally {
      db.close()
    }
  }
  const fingerprint = /^交换密钥已设置，指纹：[0-9A-F]{4}( [0-9A-F]{4}){3}（请与对方单位核对）$/

  beforeAll(async () => {
    const year = await buildAnnualYear(town)
    await year.backend.close()
    fs.writeFileSync(keyFile, '两个单位在电话里约定的一句长密钥\n')
    fs.writeFileSync(otherKey, '另一个单位自己约定的另一句更长的密钥\n')
  }, 120_000)
  afterAll(() => tmp.cleanup())

  it('sets the key from a key file and shows the same fingerprint on both sides', async () => {
    const a = await cli(town, 'exchange', 'key', '--key-file', keyFile)
    const b = await cli(county, 'exchange', 'key', '--key-file', keyFile)
    expect([a.code, b.code]).toEqual([0, 0])
    expect(a.out).toMatch(fingerprint)
    expect(b.out).toBe(a.out)
    const shown = await cli(county, 'exchange', 'key')
    expect(shown.out).toMatch(new RegExp(`^交换密钥指纹：${a.out.slice(a.out.indexOf('：') + 1, a.out.indexOf('（'))}（clerk 设置于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}）$`))
  })

  it('exports the periods asked for to the file named, and says so', async () => {
    const r = await cli(town, 'exchange', 'export', '--period', '2025-Q1,2025-Q2', '--out', out, '--key-file', keyFile)
    expect(r).toEqual({ code: 0, out: `已导出交换包：${out}`, err: '' })
    expect(fs.statSync(out).size).toBeGreaterThan(1000)
    const usage = await cli(town, 'exchange', 'export', '--out', out)
    expect(usage.code).toBe(2)
    expect(usage.err).toContain('缺少参数：--period ID | --all')
    const unknown = await cli(town, 'exchange', 'export', '--period', '2031-Q1', '--out', out)
    expect([unknown.code, unknown.err]).toEqual([1, '没有考核周期：2031-Q1'])
  })

  it('previews with --dry-run line by line and writes nothing', async () => {
    const before = snapshot()
    const r = await cli(county, 'exchange', 'import', out, '--dry-run')
    expect(r.code).toBe(0)
    const lines = r.out.split('\n')
    expect(lines[0]).toMatch(/^交换包 上半年\.khx（来源单位：对方未设置单位名称；clerk 导出于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}，软件 \d+\.\d+\.\d+）$/)
    expect(lines.slice(1, 3)).toEqual(['\t2025-Q1\t2025年第一季度平时考核\t新增', '\t2025-Q2\t2025年第二季度平时考核\t新增'])
    expect(lines[3]).toBe('\t数据\t新增\t修改\t相同')
    expect(lines).toContain('\t人员\t8\t0\t0')
    expect(lines).toContain('\t考核结果\t16\t0\t0')
    expect(lines.at(-1)).toBe('预览（--dry-run）：未写入任何数据')
    const json = await cli(county, 'exchange', 'import', out, '--dry-run', '--json')
    expect((JSON.parse(json.out) as ExchangePreview).periods.map((p) => p.state)).toEqual(['add', 'add'])
    expect(snapshot()).toEqual(before)
  })

  it('refuses a package under another key with exit 1 and the reason, writing nothing', async () => {
    const before = snapshot()
    const r = await cli(county, 'exchange', 'import', out, '--key-file', otherKey)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/^交换包“上半年\.khx”不是用本机的交换密钥签发的：包的密钥指纹 [0-9A-F ]{19}，本机 [0-9A-F ]{19}。请与对方核对密钥$/)
    expect(snapshot()).toEqual(before)
  })

  it('imports, then the county lists the same results as the town', async () => {
    const r = await cli(county, 'exchange', 'import', out)
    expect(r.code).toBe(0)
    expect(r.out.split('\n').at(-1)).toMatch(/^已导入：新增 \d+ 行，修改 0 行$/)
    for (const period of ['2025-Q1', '2025-Q2']) {
      const theirs = await cli(town, 'results', '--period', period, '--json')
      const ours = await cli(county, 'results', '--period', period, '--json')
      expect(JSON.parse(ours.out)).toEqual(JSON.parse(theirs.out))
    }
    const again = await cli(county, 'exchange', 'import', out, '--dry-run')
    expect(again.out).toContain('\t2025-Q1\t2025年第一季度平时考核\t本机已有，结果相同（跳过）')
  })

  it('is the clerk’s: a leader is refused with exit 4', async () => {
    const r = await cliAs(town, 'leader', 'exchange', 'export', '--all', '--out', out)
    expect(r.code).toBe(4)
  })
})
