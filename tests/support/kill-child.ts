/**
 * The child the kill test SIGKILLs (tests/crash/kill-safety.test.ts): it opens the database the way
 * every entry point does, as the 考核工作人员 (the session the parent signed in, in KAOHE_KILL_SESSION,
 * as `kaohe login` keeps one for later commands), then makes changes through the real dispatch
 * one after another, printing one JSON line before each call (`start`) and one after the call is
 * acknowledged (`ack`). The parent kills it at a random moment and checks that every acknowledged
 * change is on disk and nothing is half-written.
 *
 * Arguments: the database path, a seed, and the round (names made in it carry the round).
 */
import ExcelJS from 'exceljs'
import { openBackend } from '../../electron/rpc/backend'
import type { Credential } from '../../electron/core/context'
import type { EntryGrid, EntrySaveResult, ImportResult, PeriodResults } from '../../shared/contract'
import { killOperations, KILL_PEOPLE, KILL_PERIOD, type KillLine, type KillOperation } from './kill-operations'

const [dbPath, seedText, roundText] = process.argv.slice(2)
let seed = Number(seedText) >>> 0
const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32)
const say = (line: KillLine) => process.stdout.write(JSON.stringify(line) + '\n')

async function main() {
  const backend = await openBackend(dbPath)
  const credential: Credential = { session: process.env.KAOHE_KILL_SESSION ?? null }
  const ok = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await backend.dispatcher.call(credential, method, input)
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
    return r.result as T
  }
  const grid = await ok<EntryGrid>('entry-load', { period: KILL_PERIOD, role: '领导', rater: 'kill-probe' })
  const cells = grid.rows.flatMap((row) => row.applicable.map((code) => ({ staffNo: row.staffNo, code })))
  const score = () => 60 + Math.round(random() * 400) / 10

  /** How each operation is made; its checks are in kill-operations.ts, next to its name. */
  const run: Record<KillOperation, (key: string) => Promise<{ expected: number; run: () => Promise<{ count: number; stamp?: string | null }> }>> = {
    // an import: a ratings workbook of its own rater (so its bytes, and its batch, are new)
    async import(key) {
      const wb = new ExcelJS.Workbook()
      const ws = wb.addWorksheet('评分明细')
      ws.addRow(['工号', '姓名', '指标编码', '评价主体', '评价人', '分数'])
      for (const c of cells) ws.addRow([c.staffNo, grid.rows.find((r) => r.staffNo === c.staffNo)?.name ?? '', c.code, '领导', key, score()])
      const dataBase64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64')
      return { expected: cells.length, run: async () => ({ count: (await ok<ImportResult>('ratings-import', { period: KILL_PERIOD, file: { fileName: `${key}.xlsx`, dataBase64 } })).written }) }
    },
    // a grid save (entry-save): every cell of one rater's grid in one call
    async save(key) {
      const input = { period: KILL_PERIOD, role: '领导', rater: key, cells: cells.map((c) => ({ ...c, score: score() })) }
      return { expected: cells.length, run: async () => ({ count: (await ok<EntrySaveResult>('entry-save', input)).saved }) }
    },
    // a compute of the period: every person's result rewritten in one transaction
    async compute() {
      return {
        expected: KILL_PEOPLE,
        run: async () => {
          const r = await ok<PeriodResults>('results-compute', { period: KILL_PERIOD })
          return { count: r.rows.length, stamp: r.computedAt }
        },
      }
    },
  }

  say({ type: 'ready' })
  for (let n = 1; ; n++) {
    const op = killOperations[Math.floor(random() * killOperations.length)]
    const key = `K${roundText}-${n}`
    const prepared = await run[op](key)
    say({ type: 'start', op, key, expected: prepared.expected })
    const { count, stamp } = await prepared.run()
    say({ type: 'ack', op, key, expected: prepared.expected, count, stamp: stamp ?? null })
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`kill-child: ${e instanceof Error ? e.message : String(e)}\n`)
  process.exit(1)
})
