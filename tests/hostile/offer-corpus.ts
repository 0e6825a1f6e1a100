import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { openBackend } from '../../electron/rpc/backend'
import { commitMethod, importKindNames, previewMethod, type CallOutcome, type ImportKind, type ImportPreview } from '../../shared/contract'
import { signInAs } from '../support/accounts'
import { seedFixture2025Q1 } from '../support/seed-fixture-2025-q1'

/**
 * Run as a child process by hostile-corpus.test.ts: offers every file in a folder to every import's
 * preview and, where the preview is refused or finds an error, to its commit, which must refuse too.
 * Prints one JSON line per offer and a last line with the database's hash before and after and the
 * peak memory, so the parent judges a process that stayed up (or sees that it did not).
 */
export interface Offer {
  file: string
  /** an import kind, or the two other readers of a carried-in file */
  kind: ImportKind | 'restore' | 'exchange'
  /** refused: the call failed; problems: the preview found errors; accepted: the preview would write */
  outcome: 'refused' | 'problems' | 'accepted'
  messages: string[]
  committed: 'refused' | 'not-tried' | 'written'
}

export interface OfferSummary {
  offers: number
  hashBefore: string
  hashAfter: string
  peakRssMb: number
  integrity: string
}

const extras: Record<ImportKind, Record<string, unknown>> = {
  roster: {},
  scheme: { name: '敌意测试' },
  ratings: { period: '2025-Q1' },
  ballots: { period: '2025-Q1' },
  satisfaction: { period: '2025-Q1' },
  measures: { period: '2025-Q1' },
  history: {},
  penalties: {},
  okr: {},
  calendar: {},
}

const hashFile = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')

async function main(dir: string, dbFile: string): Promise<void> {
  const backend = await openBackend(dbFile, { create: true })
  await seedFixture2025Q1(backend.database)
  const clerk = await signInAs(backend.dispatcher, 'clerk')
  const call = (method: string, input: unknown): Promise<CallOutcome> => backend.dispatcher.call(clerk, method, input)
  const checkpoint = () => backend.database.sqlite.pragma('wal_checkpoint(TRUNCATE)')
  checkpoint()
  const hashBefore = hashFile(dbFile)
  const admin = await signInAs(backend.dispatcher, 'sysadmin')
  const asAdmin = (method: string, input: unknown): Promise<CallOutcome> => backend.dispatcher.call(admin, method, input)
  let offers = 0
  const report = (name: string, offer: Omit<Offer, 'file'>) => {
    offers++
    process.stdout.write(`${JSON.stringify({ file: name, ...offer })}\n`)
  }
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name)
    // a restore names a file on disk: a folder too is offered to it
    report(name, await offerRestore(asAdmin, file))
    if (fs.statSync(file).isDirectory()) continue
    const input = { fileName: name, dataBase64: fs.readFileSync(file).toString('base64') }
    for (const kind of importKindNames) report(name, await offerOne(call, kind, input))
    report(name, await offerExchange(call, input))
  }
  checkpoint()
  const integrity = String(backend.database.sqlite.pragma('integrity_check', { simple: true }))
  const summary: OfferSummary = { offers, hashBefore, hashAfter: hashFile(dbFile), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), integrity }
  await backend.close()
  process.stdout.write(`${JSON.stringify({ summary })}\n`)
}

async function offerOne(call: (m: string, i: unknown) => Promise<CallOutcome>, kind: ImportKind, file: { fileName: string; dataBase64: string }): Promise<Omit<Offer, 'file'>> {
  const input = { file, ...extras[kind] }
  const preview = await call(previewMethod(kind), input)
  if (preview.ok) {
    const p = preview.result as ImportPreview
    const messages = p.problems.map((x) => x.message)
    // a file the preview accepts would be written: the corpus counts it, the commit is left untried
    if (p.ok) return { kind, outcome: 'accepted', messages, committed: 'not-tried' }
    const commit = await call(commitMethod(kind), input)
    return { kind, outcome: 'problems', messages, committed: commit.ok ? 'written' : 'refused' }
  }
  const commit = await call(commitMethod(kind), input)
  return { kind, outcome: 'refused', messages: [preview.error.message], committed: commit.ok ? 'written' : 'refused' }
}

async function offerRestore(call: (m: string, i: unknown) => Promise<CallOutcome>, file: string): Promise<Omit<Offer, 'file'>> {
  const r = await call('backup-restore', { file })
  return { kind: 'restore', outcome: r.ok ? 'accepted' : 'refused', messages: r.ok ? [] : [r.error.message], committed: r.ok ? 'written' : 'refused' }
}

const KEY = '两个单位约定的交换密钥-2026'

async function offerExchange(call: (m: string, i: unknown) => Promise<CallOutcome>, file: { fileName: string; dataBase64: string }): Promise<Omit<Offer, 'file'>> {
  const preview = await call('exchange-import-preview', { file, key: KEY })
  const commit = await call('exchange-import', { file, key: KEY })
  const messages = [preview, commit].flatMap((r) => (r.ok ? [] : [r.error.message]))
  return { kind: 'exchange', outcome: preview.ok ? 'accepted' : 'refused', messages, committed: commit.ok ? 'written' : 'refused' }
}

const [dir, dbFile] = process.argv.slice(2)
main(dir, dbFile).catch((e: unknown) => {
  process.stdout.write(`${JSON.stringify({ crashed: e instanceof Error ? (e.stack ?? e.message) : String(e) })}\n`)
  process.exit(2)
})
