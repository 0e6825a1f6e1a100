/**
 * Benchmark (not a test): the peak memory of refusing each hostile file of issue #15. Each file is
 * built here and written to a temp folder; a fresh process then reads it from disk and loads it as
 * an import does, and prints the message and its own peak resident memory (the building does not
 * count). On main these files cost 2.2–5.0 GB or crashed.
 *
 * Run:   npx tsx bench/hostile-files.ts
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { hostileCases } from '../tests/support/hostile-files'

const child = process.argv[2] === '--read'

async function readOne(file: string): Promise<void> {
  const { loadWorkbook } = await import('../electron/excel/load-workbook')
  const started = Date.now()
  let outcome = 'read'
  try {
    await loadWorkbook(fs.readFileSync(file), path.basename(file))
  } catch (e) {
    outcome = e instanceof Error ? e.message : String(e)
  }
  // VmHWM, not getrusage's maxRSS: that one carries over the parent's peak across fork and exec
  const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'))
  const peak = hwm ? Math.round(Number(hwm[1]) / 1024) : Math.round(process.resourceUsage().maxRSS / 1024)
  process.stdout.write(`${JSON.stringify({ peakMb: peak, seconds: (Date.now() - started) / 1000, outcome })}\n`)
}

function main(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaohe-hostile-bench-'))
  try {
    // the floor: a process that loads the reader and reads nothing
    const empty = path.join(dir, 'empty.csv')
    fs.writeFileSync(empty, '工号\nS001\n')
    const rows: string[] = []
    for (const c of [{ id: 'baseline (2-line CSV)', fileName: 'empty.csv', build: null }, ...hostileCases]) {
      const file = path.join(dir, c.fileName)
      if (c.build) fs.writeFileSync(file, c.build())
      const size = fs.statSync(file).size
      const r = spawnSync(process.execPath, ['--import', 'tsx', __filename, '--read', file], { encoding: 'utf8' })
      const line = r.stdout.trim().split('\n').pop() ?? ''
      const m = JSON.parse(line || '{}') as { peakMb?: number; seconds?: number; outcome?: string }
      rows.push(`${c.id.padEnd(28)} ${(size / 1024).toFixed(0).padStart(8)} KB  peak ${String(m.peakMb).padStart(5)} MB  ${String(m.seconds).padStart(6)} s  ${m.outcome ?? r.stderr.slice(0, 200)}`)
      fs.rmSync(file, { force: true })
    }
    process.stdout.write(`${rows.join('\n')}\n`)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

if (child) void readOne(process.argv[3])
else main()
