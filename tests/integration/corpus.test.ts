import fs from 'node:fs'
import path from 'node:path'
import Sqlite from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CallOutcome } from '../../shared/contract'
import { startBackendWorker, type BackendHost } from '../../electron/rpc/backend-host'
import { fixtureFile, fixturesDir, tempDir } from '../support/temp-dir'
import { countedTables } from '../support/import-backend'
import { signInAs } from '../support/accounts'
import type { Credential } from '../../electron/core/context'

/**
 * Every file of a spreadsheet corpus nobody here wrote, offered to every import: each call must end
 * in a preview or a clear message (never an internal error or a hang) and change nothing. The
 * backend runs on its worker thread, so even an import stuck in a synchronous loop cannot stop the
 * time bound here from failing the test.
 */
const corpusDir = path.join(fixturesDir, 'corpus')
const files = fs.readdirSync(corpusDir).filter((f) => fs.statSync(path.join(corpusDir, f)).isFile()).sort()

/** The tables the ballot, satisfaction and measure imports write to. */
const inputTables = ['ballots', 'satisfaction', 'measures'] as const

/** Far above the slowest file (about 3 s); only a hang gets near it. */
const PER_CALL_MS = 45_000

async function bounded(label: string, p: Promise<CallOutcome>): Promise<CallOutcome> {
  let timer: NodeJS.Timeout | undefined
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: no answer within ${PER_CALL_MS / 1000} s`)), PER_CALL_MS)
  })
  try {
    return await Promise.race([p, hang])
  } finally {
    clearTimeout(timer)
  }
}

describe('the real-world corpus', () => {
  const tmp = tempDir('kaohe-corpus-')
  const dbPath = path.join(tmp.dir, 'corpus.db')
  let host: BackendHost
  let clerk: Credential
  const call = (method: string, input: unknown) => host.call(clerk, method, input)
  const ok = async (method: string, input: unknown) => {
    const r = await call(method, input)
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
  }
  const counts = () => {
    const db = new Sqlite(dbPath, { readonly: true })
    try {
      return Object.fromEntries([...countedTables, ...inputTables].map((t) => [t, (db.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n]))
    } finally {
      db.close()
    }
  }
  beforeAll(async () => {
    host = await startBackendWorker(dbPath, { create: true })
    clerk = await signInAs(host, 'clerk')
    await ok('roster-import', { file: fixtureFile('roster.xlsx') })
    await ok('scheme-import', { file: fixtureFile('scheme.xlsx'), name: '平时考核2025' })
    await ok('period-create', { id: '2025-Q1', kind: 'quarter', scheme: '平时考核2025' })
  })
  afterAll(async () => {
    await host.close()
    tmp.cleanup()
  })

  it('has files to offer', () => {
    expect(files.length).toBeGreaterThan(50)
  })

  it.each(files)(
    '%s ends in a preview or a clear message, and writes nothing',
    async (name) => {
      const file = { fileName: name, dataBase64: fs.readFileSync(path.join(corpusDir, name)).toString('base64') }
      const before = counts()
      const calls: [string, unknown][] = [
        ['roster-import-preview', { file }],
        ['roster-import', { file }],
        ['scheme-import-preview', { file, name: '语料方案' }],
        ['scheme-import', { file, name: '语料方案' }],
        ['ratings-import-preview', { file, period: '2025-Q1' }],
        ['ratings-import', { file, period: '2025-Q1' }],
        ['ballots-import-preview', { file, period: '2025-Q1' }],
        ['ballots-import', { file, period: '2025-Q1' }],
        ['satisfaction-import-preview', { file, period: '2025-Q1' }],
        ['satisfaction-import', { file, period: '2025-Q1' }],
        ['measures-import-preview', { file, period: '2025-Q1' }],
        ['measures-import', { file, period: '2025-Q1' }],
      ]
      for (const [method, input] of calls) {
        const outcome = await bounded(`${method} ${name}`, call(method, input))
        if (outcome.ok) continue
        expect(outcome.error.code, `${method} ${name}: ${outcome.error.message}`).not.toBe('internal')
        expect(outcome.error.message.length, `${method} ${name}`).toBeGreaterThan(5)
      }
      expect(counts()).toEqual(before)
    },
    12 * PER_CALL_MS + 10_000,
  )
})
