/**
 * Benchmark (not a test): what `synchronous = FULL` (electron/db/open-database.ts) costs against
 * NORMAL. The cost is one fsync of the WAL per commit, so it shows most on many small commits: 200
 * grid saves (entry-save, one rater's grid of 37 people each) through the real dispatch, and once
 * a 27,000-row transaction as the large case (raw inserts, one commit). Prints both modes' times.
 *
 * Run:   npx tsx bench/commit-sync-cost.ts
 */
import os from 'node:os'
import path from 'node:path'
import { mkdtemp, rm } from 'node:fs/promises'
import type { EntryGrid } from '../shared/contract'
import { openBackend } from '../electron/rpc/backend'
import { caller, fileInput } from './support/bench-data'
import fs from 'node:fs'

const SAVES = 200
const fixture = (name: string) => fileInput(name, fs.readFileSync(path.join(__dirname, '../tests/fixtures', name)))

async function run(mode: 'FULL' | 'NORMAL'): Promise<{ saves: number; bulk: number }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kaohe-bench-sync-'))
  try {
    const backend = await openBackend(path.join(dir, 'bench.db'), { create: true })
    const call = await caller(backend)
    await call('roster-import', { file: fixture('roster.xlsx') })
    await call('scheme-import', { file: fixture('scheme.xlsx'), name: '平时考核2025' })
    await call('period-create', { id: '2025-Q1', kind: 'quarter', scheme: '平时考核2025' })
    backend.database.sqlite.pragma(`synchronous = ${mode}`)
    const grid = await call<EntryGrid>('entry-load', { period: '2025-Q1', role: '领导', rater: 'probe' })
    const cells = grid.rows.map((r) => ({ staffNo: r.staffNo, code: r.applicable[0], score: 80 }))
    let t = performance.now()
    for (let i = 0; i < SAVES; i++) await call('entry-save', { period: '2025-Q1', role: '领导', rater: `R${i}`, cells })
    const saves = performance.now() - t
    const sqlite = backend.database.sqlite
    sqlite.exec('create table bench_rows(a integer, b text)')
    const insert = sqlite.prepare('insert into bench_rows values (?, ?)')
    t = performance.now()
    sqlite.transaction(() => {
      for (let i = 0; i < 27_000; i++) insert.run(i, `行${i}`)
    })()
    const bulk = performance.now() - t
    await backend.close()
    return { saves, bulk }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

async function main() {
  // NORMAL first, then FULL, then NORMAL again: a warm cache should not favour either
  const normal1 = await run('NORMAL')
  const full = await run('FULL')
  const normal2 = await run('NORMAL')
  const normal = { saves: (normal1.saves + normal2.saves) / 2, bulk: (normal1.bulk + normal2.bulk) / 2 }
  const ms = (n: number) => `${n.toFixed(0)} ms`
  console.log(`${SAVES} grid saves: FULL ${ms(full.saves)} (${ms(full.saves / SAVES)} each), NORMAL ${ms(normal.saves)} — ×${(full.saves / normal.saves).toFixed(2)}`)
  console.log(`27,000 rows in one commit: FULL ${ms(full.bulk)}, NORMAL ${ms(normal.bulk)} — ×${(full.bulk / normal.bulk).toFixed(2)}`)
  console.log(`temp folder: ${os.tmpdir()} (an fsync costs what its disk makes it cost)`)
}

void main()
