import crypto from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commitMethod, contract, importKindNames, importKinds, previewMethod, type AhpSheet, type CallOutcome, type FileInput, type ImportKind, type ImportPreview } from '../../shared/contract'
import { importers } from '../../electron/core/imports/registry'
import type { ImportBackend } from '../support/import-backend'
import { asFile } from '../support/import-workbooks'
import { tableSnapshot } from '../support/table-snapshot'
import { fixtureFile } from '../support/temp-dir'
import { inputsBackend } from './inputs-setup'

/** Bytes that are the same on every run, so a failure can be replayed. */
function noise(seed: string, length: number, prefix: Buffer = Buffer.alloc(0)): Buffer {
  const out: Buffer[] = [prefix]
  for (let i = 0; out.reduce((n, b) => n + b.length, 0) < length; i++) out.push(crypto.createHash('sha256').update(`${seed}/${i}`).digest())
  return Buffer.concat(out).subarray(0, length)
}

/** Files no import may take: nothing, noise, noise behind a zip signature, an empty CSV. */
const hostile: { what: string; file: FileInput }[] = [
  { what: 'an empty .xlsx', file: asFile('empty.xlsx', Buffer.alloc(0)) },
  { what: 'an empty .csv', file: asFile('empty.csv', Buffer.alloc(0)) },
  { what: 'random bytes', file: asFile('random.xlsx', noise('random', 4096)) },
  { what: 'random bytes behind a zip signature', file: asFile('zip.xlsx', noise('zip', 4096, Buffer.from('PK\x03\x04'))) },
]

/** A filled workbook of each of these kinds (tests/fixtures), offered to every other kind. */
const otherKinds: { kind: ImportKind; file: FileInput }[] = [
  { kind: 'roster', file: fixtureFile('roster.xlsx') },
  { kind: 'scheme', file: fixtureFile('scheme.xlsx') },
  { kind: 'ratings', file: fixtureFile('ratings-2025-Q1.xlsx') },
  { kind: 'satisfaction', file: fixtureFile('satisfaction-2025-Q1.gbk.csv') },
]

/** The fields besides the file, by name: what a clerk would give each kind (indicator and replace left out). */
const fieldValues: Record<string, unknown> = { period: '2025-Q1', name: '另一个体系' }
function inputFor(kind: ImportKind, file: FileInput): Record<string, unknown> {
  const fields = Object.keys(importKinds[kind].fields).filter((f) => f in fieldValues)
  return { file, ...Object.fromEntries(fields.map((f) => [f, fieldValues[f]])) }
}

const databaseHash = (k: ImportBackend): string => tableSnapshot(k.backend.database.sqlite).hash

/** A preview that refuses: it says so, with at least one located error, or the call fails with a message. */
function expectRefusedPreview(outcome: CallOutcome): void {
  if (outcome.ok) {
    const preview = outcome.result as ImportPreview
    expect(preview.ok).toBe(false)
    expect(preview.problems.filter((p) => p.severity === 'error').length).toBeGreaterThan(0)
    for (const p of preview.problems) expect(p.message.length).toBeGreaterThan(0)
  } else {
    expect(outcome.error.code).toBe('bad-file')
    expect(outcome.error.message.length).toBeGreaterThan(0)
  }
}

describe('every kind of import in the registry refuses what it cannot read, and writes nothing', () => {
  let k: ImportBackend
  beforeAll(async () => {
    // four people, a scheme with one 票决 and one 群众满意度 item, an open 2025-Q1
    k = await inputsBackend('import-registry')
  })
  afterAll(async () => k.close())

  it('has one importer per kind the contract names, each with its preview and commit method', () => {
    expect(Object.keys(importers).sort()).toEqual([...importKindNames].sort())
    for (const kind of importKindNames) {
      expect(contract[previewMethod(kind)]).toMatchObject({ mutates: false, long: true })
      expect(contract[commitMethod(kind)]).toMatchObject({ mutates: true, long: true })
    }
  })

  const cases = importKindNames.flatMap((kind) => [
    ...hostile.map((h) => ({ kind, what: h.what, file: h.file })),
    ...otherKinds.filter((o) => o.kind !== kind).map((o) => ({ kind, what: `the ${o.kind} fixture`, file: o.file })),
  ])

  it.each(cases)('$kind: $what is refused by the preview and the commit', async ({ kind, file }) => {
    const before = databaseHash(k)
    const input = inputFor(kind, file)
    expectRefusedPreview(await k.call(previewMethod(kind), input))
    const commit = await k.call(commitMethod(kind), input)
    expect(commit.ok).toBe(false)
    if (!commit.ok) {
      expect(commit.error.code).toBe('bad-file')
      expect(commit.error.message.length).toBeGreaterThan(0)
    }
    expect(databaseHash(k)).toBe(before)
  })

  // AHP is no registry kind: its read answers matrices for the weights workbench and writes nothing
  // (weights-apply stores the decision). It must refuse the same files just as plainly.
  it.each([...hostile, { what: 'a roster workbook', file: fixtureFile('roster.xlsx') }])('ahp-import: $what is refused, with a message', async ({ file }) => {
    const before = databaseHash(k)
    const outcome = await k.call('ahp-import', { file })
    if (outcome.ok) {
      const sheets = outcome.result as AhpSheet[]
      expect(sheets.every((s) => s.matrix === null && s.problems.length > 0)).toBe(true)
    } else {
      expect(outcome.error.code).toBe('bad-file')
      expect(outcome.error.message.length).toBeGreaterThan(0)
    }
    expect(databaseHash(k)).toBe(before)
  })
})
