import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBackend } from '../../electron/rpc/backend'
import type { Credential } from '../../electron/core/context'
import type { AuditVerification } from '../../shared/contract'
import { signInAs } from '../support/accounts'
import { KILL_PEOPLE, KILL_PERIOD, rowsOf, type KillLine } from '../support/kill-operations'
import { fixtureFile, tempDir } from '../support/temp-dir'

/**
 * Crash safety, measured: a child (tests/support/kill-child.ts) imports ratings, saves grids and
 * computes results through the real dispatch as the 考核工作人员, reporting each acknowledged change;
 * it is SIGKILLed at ROUNDS random moments. After each kill the database is reopened the way every
 * entry point opens it and must pass `PRAGMA integrity_check`, hold every acknowledged change whole,
 * hold any change in flight either whole or not at all, keep every import batch's declared row count,
 * and keep an audit chain that verifies. KAOHE_KILL_SEED repeats a run; KAOHE_KILL_ROUNDS sets its length.
 */
const ROUNDS = Number(process.env.KAOHE_KILL_ROUNDS ?? 50)
const SEED = Number(process.env.KAOHE_KILL_SEED ?? Date.now() % 1_000_000)
const repoRoot = path.resolve(__dirname, '../..')

let seed = SEED >>> 0
const random = () => ((seed = (Math.imul(seed, 22695477) + 1) >>> 0) / 2 ** 32)

describe(`SIGKILL at ${ROUNDS} random moments (seed ${SEED}): every acknowledged change on disk, nothing half-written`, () => {
  const tmp = tempDir('kaohe-kill-')
  const dbPath = path.join(tmp.dir, 'kill.db')
  const childJs = path.join(tmp.dir, 'kill-child.cjs')
  let auditor: Credential
  let clerk: Credential

  beforeAll(async () => {
    const backend = await openBackend(dbPath, { create: true })
    clerk = await signInAs(backend.dispatcher, 'clerk')
    auditor = await signInAs(backend.dispatcher, 'auditor')
    for (const [method, input] of [
      ['roster-import', { file: fixtureFile('roster.xlsx') }],
      ['scheme-import', { file: fixtureFile('scheme.xlsx'), name: '平时考核2025' }],
      ['period-create', { id: KILL_PERIOD, kind: 'quarter', scheme: '平时考核2025' }],
      ['ratings-import', { file: fixtureFile('ratings-2025-Q1.xlsx'), period: KILL_PERIOD }],
    ] as const) {
      const r = await backend.dispatcher.call(clerk, method, input)
      if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
    }
    await backend.close()
    // the child bundled once (its packages left to node_modules): a start in a fraction of a second, not tsx's seconds
    await build({ entryPoints: [path.join(repoRoot, 'tests/support/kill-child.ts')], outfile: childJs, bundle: true, platform: 'node', format: 'cjs', packages: 'external', logLevel: 'error' })
  }, 120_000)
  afterAll(() => tmp.cleanup())

  /** One child: started, let run for a random while once it is signed in, killed; its lines. */
  function killedChild(round: number): Promise<{ lines: KillLine[]; stderr: string; killedAfterMs: number }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [childJs, dbPath, String(Math.floor(random() * 2 ** 31)), String(round)], {
        env: { ...process.env, NODE_PATH: path.join(repoRoot, 'node_modules'), KAOHE_KILL_SESSION: clerk.session ?? '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let out = ''
      let stderr = ''
      const killedAfterMs = Math.floor(random() * 1500)
      child.stdout.on('data', (d: Buffer) => {
        const ready = !out.includes('"ready"')
        out += d.toString()
        if (ready && out.includes('"ready"')) setTimeout(() => child.kill('SIGKILL'), killedAfterMs)
      })
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
      child.on('error', reject)
      child.on('exit', (code, signal) => {
        // a line cut by the kill is no acknowledgement
        const lines = out.split('\n').slice(0, -1).map((l) => JSON.parse(l) as KillLine)
        if (signal !== 'SIGKILL') reject(new Error(`round ${round}: the child ended by itself (${code}): ${stderr}`))
        else resolve({ lines, stderr, killedAfterMs })
      })
    })
  }

  it('survives every kill', async () => {
    const acked = new Map<string, Extract<KillLine, { type: 'ack' }>>()
    const inFlight = new Map<string, Extract<KillLine, { type: 'start' }>>()
    const counts = { import: 0, save: 0, compute: 0, inFlight: 0 }
    let lastCompute: string | null = null
    for (let round = 1; round <= ROUNDS; round++) {
      const { lines } = await killedChild(round)
      for (const line of lines) {
        if (line.type === 'start') inFlight.set(line.key, line)
        if (line.type === 'ack') {
          inFlight.delete(line.key)
          acked.set(line.key, line)
          counts[line.op]++
          if (line.op === 'compute') lastCompute = line.stamp
        }
      }
      const where = `seed ${SEED}, round ${round}`
      const backend = await openBackend(dbPath)
      try {
        const sqlite = backend.database.sqlite
        expect(sqlite.pragma('integrity_check', { simple: true }), where).toBe('ok')
        for (const a of acked.values()) {
          expect(a.count, `${where}: ${a.op} ${a.key} answered`).toBe(a.expected)
          const { found, declared, computedAt } = rowsOf(sqlite, a.op, a.key)
          if (a.op === 'compute') {
            expect(found, `${where}: results after ${a.key}`).toBe(a.expected)
            expect(computedAt && lastCompute && computedAt >= lastCompute, `${where}: the last acknowledged compute (${lastCompute}) is on disk, found ${computedAt}`).toBe(true)
          } else {
            expect(found, `${where}: ${a.op} ${a.key} rows`).toBe(a.expected)
            if (a.op === 'import') expect(declared, `${where}: ${a.key}'s batch`).toBe(a.expected)
          }
        }
        for (const s of inFlight.values()) {
          const { found, declared } = rowsOf(sqlite, s.op, s.key)
          if (s.op !== 'compute') expect([0, s.expected], `${where}: ${s.op} ${s.key} in flight: whole or absent`).toContain(found)
          if (s.op === 'import') expect(declared === null ? 0 : declared, `${where}: ${s.key}'s batch`).toBe(found)
        }
        const batches = sqlite.prepare('SELECT b.id, b.rows, (SELECT count(*) FROM ratings r WHERE r.batch_id = b.id) AS n FROM import_batches b').all() as { id: number; rows: number; n: number }[]
        for (const b of batches) expect(b.n, `${where}: batch ${b.id} holds its declared rows`).toBe(b.rows)
        const results = sqlite.prepare('SELECT count(*) AS n FROM results WHERE period_id = ?').get(KILL_PERIOD) as { n: number }
        expect([0, KILL_PEOPLE], `${where}: results whole`).toContain(results.n)
        const verified = await backend.dispatcher.call(auditor, 'audit-verify', {})
        expect(verified.ok && (verified.result as AuditVerification).ok, `${where}: the audit chain verifies`).toBe(true)
      } finally {
        await backend.close()
      }
      counts.inFlight += [...inFlight.values()].length > 0 ? 1 : 0
      // what was in flight is settled now (whole or absent): the next round starts clean
      inFlight.clear()
    }
    const changes = counts.import + counts.save + counts.compute
    console.log(`kill test (seed ${SEED}): ${ROUNDS} kills, ${changes} acknowledged changes checked (${counts.import} imports, ${counts.save} grid saves, ${counts.compute} computes), ${counts.inFlight} kills during a call`)
    expect(changes).toBeGreaterThan(ROUNDS / 2)
    expect(fs.existsSync(dbPath)).toBe(true)
  }, 600_000)
})
