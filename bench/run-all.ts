/**
 * `npm run bench [name …]`: every benchmark in bench/ (or those whose file name contains a given
 * word), one after another in its own process, each printing its times and its ratio to the bare
 * library. Not part of `npm test`: times are for reading, never for asserting.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const dir = __dirname
const wanted = process.argv.slice(2)
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'run-all.ts')
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort()
let failed = 0
for (const f of files) {
  process.stdout.write(`\n== ${f}\n`)
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(dir, f)], { stdio: 'inherit' })
  if (r.status !== 0) failed++
}
process.exitCode = failed ? 1 : 0
