/**
 * Benchmark (not a test): an audit log of 10,000+ entries — one roster import of 10,000 people through
 * the real dispatch (one entry per person, plus its departments and batch) — then times `audit-verify`
 * through the dispatch (the whole hash chain walked in pages, every row re-hashed) against a bare
 * read of the same rows, and prints medians of 3 runs and their ratio. Issue 14's target: verifying
 * 10,000 rows takes under 2 s on the office PC. It also prints what the chain costs a write: the same
 * 10,000 entries appended through the chain (ids, links, hashes, the head) against a plain chunked
 * INSERT of them, each in a transaction that is rolled back.
 *
 * Run:   npx tsx bench/audit-verify-10k.ts
 */
import os from 'node:os'
import path from 'node:path'
import { mkdtemp, rm } from 'node:fs/promises'
import type { Kysely } from 'kysely'
import type { Database } from '../electron/db/schema'
import { caller, fileInput, staffNo } from './support/bench-data'
import { openBackend } from '../electron/rpc/backend'
import { signInAs } from '../tests/support/accounts'
import { appendAudit } from '../electron/db/audit-chain'
import type { AuditContent } from '../shared/domain/audit-chain'
import type { AuditVerification } from '../shared/contract'

const PEOPLE = 10_000
const RUNS = 3
const TARGET_S = 2

type Times = { wall: number[]; cpu: number[] }

async function time(into: Times, f: () => Promise<unknown> | unknown): Promise<void> {
  const t0 = performance.now()
  const c0 = process.cpuUsage()
  await f()
  const c = process.cpuUsage(c0)
  into.wall.push((performance.now() - t0) / 1000)
  into.cpu.push((c.user + c.system) / 1e6)
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const secs = (r: Times) => `${median(r.wall).toFixed(3)} s wall (runs ${r.wall.map((x) => x.toFixed(3)).join(' / ')}), ${median(r.cpu).toFixed(3)} s CPU`

class RolledBack extends Error {}

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kaohe-bench-'))
  try {
    const backend = await openBackend(path.join(dir, 'bench.db'), { create: true })
    const call = await caller(backend)
    // audit-verify is the 安全审计员's: signed in before anything is timed or counted (a login is a
    // slow scrypt, and its entries belong to the log verified)
    const auditor = await signInAs(backend.dispatcher, 'auditor')
    const db = backend.database.db

    const csv = ['工号,姓名,部门', ...Array.from({ length: PEOPLE }, (_, i) => `${staffNo(i + 1)},人员${i + 1},部门${String((i % 50) + 1).padStart(2, '0')}`)].join('\n')
    const imported: Times = { wall: [], cpu: [] }
    await time(imported, () => call('roster-import', { file: fileInput('roster.csv', Buffer.from(csv, 'utf8')) }))
    const rows = Number((await db.selectFrom('audit_log').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)
    console.log(`set-up: roster-import of ${PEOPLE.toLocaleString('en')} people in one CSV through the dispatch in ${secs(imported)}; ${rows.toLocaleString('en')} audit entries`)

    const verify: Times = { wall: [], cpu: [] }
    let verdict: AuditVerification | null = null
    for (let i = 0; i < RUNS; i++) {
      await time(verify, async () => {
        const r = await backend.dispatcher.call(auditor, 'audit-verify', {})
        if (!r.ok) throw new Error(`audit-verify: ${r.error.message}`)
        verdict = r.result as AuditVerification
      })
    }
    const bare: Times = { wall: [], cpu: [] }
    const read = backend.database.sqlite.prepare('SELECT * FROM audit_log ORDER BY id')
    for (let i = 0; i < RUNS; i++) await time(bare, () => read.all())

    // what the chain costs a write: the import's own entries again, chained or plainly inserted
    const contents = (await db.selectFrom('audit_log').select(['at', 'user_name', 'user_role', 'method', 'entity', 'entity_id', 'before', 'after']).where('entity', '=', 'person').execute()) as AuditContent[]
    const chained: Times = { wall: [], cpu: [] }
    const plain: Times = { wall: [], cpu: [] }
    const rolledBack = (f: (trx: Kysely<Database>) => Promise<void>) =>
      db
        .transaction()
        .execute(async (trx) => {
          await f(trx)
          throw new RolledBack()
        })
        .catch((e: unknown) => {
          if (!(e instanceof RolledBack)) throw e
        })
    for (let i = 0; i < RUNS; i++) {
      await time(chained, () => rolledBack((trx) => appendAudit(trx, contents)))
      await time(plain, () =>
        rolledBack(async (trx) => {
          for (let j = 0; j < contents.length; j += 1000) await trx.insertInto('audit_log').values(contents.slice(j, j + 1000)).execute()
        }),
      )
    }
    await backend.close()

    const v = verdict as AuditVerification | null
    console.log(`audit-verify via dispatch:  ${secs(verify)} — ${v?.message ?? '?'}`)
    console.log(`bare SELECT of the rows:    ${secs(bare)}`)
    console.log(`ratio verify / bare read: ${(median(verify.wall) / median(bare.wall)).toFixed(1)}× wall`)
    console.log(`target: verify ${rows.toLocaleString('en')} entries in under ${TARGET_S} s — ${median(verify.wall) < TARGET_S ? 'met' : 'NOT met'}`)
    console.log(`write of ${contents.length.toLocaleString('en')} entries, chained: ${secs(chained)}`)
    console.log(`                          plain INSERT: ${secs(plain)} (the chain adds ${((median(chained.wall) - median(plain.wall)) * 1000).toFixed(0)} ms)`)
    console.log(`machine: ${os.cpus().length} CPUs, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} (wall times stretch under load; CPU times less so)`)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

void main().catch((e: unknown) => {
  console.error(e)
  process.exitCode = 1
})
