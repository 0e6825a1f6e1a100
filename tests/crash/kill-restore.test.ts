import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBackend, type Backend } from '../../electron/rpc/backend'
import type { Credential } from '../../electron/core/context'
import type { AuditVerification, CreatedBackup, LoginResult } from '../../shared/contract'
import { signInAs, testAccountNames, testPasswords } from '../support/accounts'
import { fixtureFile, tempDir } from '../support/temp-dir'

/**
 * Crash safety of a restore, measured: a child (tests/support/kill-restore-child.ts) restores a
 * backup taken before the scheme was imported, and is SIGKILLed at ROUNDS random moments — before,
 * during or after the swap. After each kill the database must open the way every entry point opens
 * it, pass `PRAGMA integrity_check`, be wholly the data before the restore or wholly the backup's
 * (the scheme there or not, the roster in both), be the backup's once the restore was acknowledged,
 * and keep an audit chain that verifies. KAOHE_KILL_SEED repeats a run; KAOHE_KILL_RESTORES sets its length.
 */
const ROUNDS = Number(process.env.KAOHE_KILL_RESTORES ?? 20)
const SEED = Number(process.env.KAOHE_KILL_SEED ?? Date.now() % 1_000_000)
const repoRoot = path.resolve(__dirname, '../..')
let seed = SEED >>> 0
const random = () => ((seed = (Math.imul(seed, 22695477) + 1) >>> 0) / 2 ** 32)

/** A fresh sign-in: a restore ends every session in the file, so each round signs in again. */
async function login(backend: Backend, role: 'sysadmin' | 'clerk' | 'auditor'): Promise<Credential> {
  const r = await backend.dispatcher.call({ session: null }, 'auth-login', { name: testAccountNames[role], password: testPasswords.working })
  if (!r.ok) throw new Error(`auth-login ${role}: ${r.error.message}`)
  return { session: (r.result as LoginResult).token }
}

const count = (backend: Backend, table: string) => (backend.database.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

describe(`SIGKILL during a restore at ${ROUNDS} random moments (seed ${SEED}): the data before or the backup's, never a mix`, () => {
  const tmp = tempDir('kaohe-kill-restore-')
  const dbPath = path.join(tmp.dir, 'live.db')
  const childJs = path.join(tmp.dir, 'kill-restore-child.cjs')
  let backupFile = ''
  let people = 0

  beforeAll(async () => {
    const backend = await openBackend(dbPath, { create: true })
    const admin = await signInAs(backend.dispatcher, 'sysadmin')
    const clerk = await signInAs(backend.dispatcher, 'clerk')
    await signInAs(backend.dispatcher, 'auditor')
    const roster = await backend.dispatcher.call(clerk, 'roster-import', { file: fixtureFile('roster.xlsx') })
    if (!roster.ok) throw new Error(roster.error.message)
    const taken = await backend.dispatcher.call(admin, 'backup-create', { reason: '恢复演练' })
    if (!taken.ok) throw new Error(taken.error.message)
    // kept outside the backups folder: forty rounds of automatic copies would rotate it away
    backupFile = path.join(tmp.dir, 'drill.db')
    fs.copyFileSync((taken.result as CreatedBackup).path, backupFile)
    people = count(backend, 'people')
    await backend.close()
    await build({ entryPoints: [path.join(repoRoot, 'tests/support/kill-restore-child.ts')], outfile: childJs, bundle: true, platform: 'node', format: 'cjs', packages: 'external', logLevel: 'error' })
  }, 120_000)
  afterAll(() => tmp.cleanup())

  /** Puts the scheme back (the state a restore must undo) and answers the 系统管理员's session for the child. */
  async function changedSinceBackup(): Promise<string> {
    const backend = await openBackend(dbPath)
    try {
      const clerk = await login(backend, 'clerk')
      if (count(backend, 'schemes') === 0) {
        const r = await backend.dispatcher.call(clerk, 'scheme-import', { file: fixtureFile('scheme.xlsx'), name: '平时考核2025' })
        if (!r.ok) throw new Error(r.error.message)
      }
      return (await login(backend, 'sysadmin')).session ?? ''
    } finally {
      await backend.close()
    }
  }

  function killedChild(session: string): Promise<{ acked: boolean }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [childJs, dbPath, backupFile], {
        env: { ...process.env, NODE_PATH: path.join(repoRoot, 'node_modules'), KAOHE_KILL_SESSION: session },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let out = ''
      let stderr = ''
      const after = Math.floor(random() * 250)
      child.stdout.on('data', (d: Buffer) => {
        const ready = !out.includes('"ready"')
        out += d.toString()
        if (ready && out.includes('"ready"')) setTimeout(() => child.kill('SIGKILL'), after)
      })
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
      child.on('error', reject)
      child.on('exit', (code, signal) => {
        if (signal !== 'SIGKILL') reject(new Error(`the child ended by itself (${code}): ${stderr}`))
        else resolve({ acked: out.split('\n').slice(0, -1).some((l) => l.includes('"ack"')) })
      })
    })
  }

  it('survives every kill', async () => {
    const tally = { restored: 0, untouched: 0, acked: 0 }
    for (let round = 1; round <= ROUNDS; round++) {
      const { acked } = await killedChild(await changedSinceBackup())
      const where = `seed ${SEED}, round ${round}`
      const backend = await openBackend(dbPath)
      try {
        expect(backend.database.sqlite.pragma('integrity_check', { simple: true }), where).toBe('ok')
        const schemes = count(backend, 'schemes')
        expect([0, 1], `${where}: the scheme there (untouched) or not (restored)`).toContain(schemes)
        expect(count(backend, 'people'), `${where}: the roster, in both`).toBe(people)
        if (acked) expect(schemes, `${where}: an acknowledged restore is on disk`).toBe(0)
        const verified = await backend.dispatcher.call(await login(backend, 'auditor'), 'audit-verify', {})
        expect(verified.ok && (verified.result as AuditVerification).ok, `${where}: the audit chain verifies`).toBe(true)
        tally[schemes === 0 ? 'restored' : 'untouched']++
        if (acked) tally.acked++
      } finally {
        await backend.close()
      }
    }
    console.log(`restore kill test (seed ${SEED}): ${ROUNDS} kills; ${tally.restored} left the backup's data (${tally.acked} acknowledged), ${tally.untouched} the data before`)
    expect(tally.restored + tally.untouched).toBe(ROUNDS)
  }, 600_000)
})
