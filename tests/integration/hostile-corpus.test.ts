import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { databaseCases, fileCases } from '../hostile/file-cases'
import type { Offer, OfferSummary } from '../hostile/offer-corpus'
import { workbookCases } from '../hostile/workbook-cases'
import { tempDir } from '../support/temp-dir'
import { importKindNames } from '../../shared/contract/import-kinds'

/**
 * The hostile corpus (issue 15): more than a hundred files made here, never committed, offered to
 * every import, to the exchange import and to a restore. Each must end in a message a clerk can read, the process must stay up under 1 GB,
 * and the database file must be byte for byte what it was.
 */
const cases = [...workbookCases(), ...fileCases(), ...databaseCases()]
/** the files that no import may take: every kind refuses them outright */
const refusedByAll = [
  /^truncated-/, /^crc-wrong$/, /^byte-flipped$/, /^size-lies-/, /^zip-bomb$/, /^entity-expansion$/, /^external-entity$/,
  /^a-and-xfd$/, /^styled-empty-rows$/, /^row-50-million$/, /^column-beyond-xfd$/, /^styles-6-million$/, /^merge-whole-sheet$/,
  /^cell-1mb$/, /^cell-40k$/, /^csv-cell-40k$/, /^csv-long-line$/, /^parts-30000$/, /^bad-xml$/, /^undefined-entity$/,
  /^format-/, /^word-renamed$/, /^html-renamed$/, /^xml-2003$/, /^encrypted-ole$/, /^png-renamed$/,
  /^empty$/, /^pk-only$/, /^random-/, /^sqlite-/, /^khx-/,
]
/** a parser's or the runtime's own words, which must never reach a clerk */
const internals = /Cannot read|Cannot set|undefined|is not a function|disallowed|Invalid column|Out of bounds|entity\.|\bat \w+ \(|Error:|SQLITE_|\d+:\d+: /

const work = tempDir('kaohe-hostile-')
const corpusDir = path.join(work.dir, 'corpus')
const offers: (Offer & { file: string })[] = []
let summary: OfferSummary | undefined
let crashed: string | undefined

beforeAll(() => {
  fs.mkdirSync(corpusDir)
  const made = cases.map((c) => ({ c, file: c.make(corpusDir) }))
  expect(made.length).toBeGreaterThanOrEqual(100)
  // a child process, so a reader that ran out of memory shows as a crash here instead of taking the test run down
  const run = spawnSync(process.execPath, ['--max-old-space-size=768', '--import', 'tsx', path.join(__dirname, '../hostile/offer-corpus.ts'), corpusDir, path.join(work.dir, 'kaohe.db')], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  for (const line of run.stdout.split('\n').filter(Boolean)) {
    const o = JSON.parse(line) as { summary?: OfferSummary; crashed?: string } & Offer & { file: string }
    if (o.summary) summary = o.summary
    else if (o.crashed) crashed = o.crashed
    else offers.push(o)
  }
  if (!summary) crashed ??= `exit ${run.status} ${run.signal ?? ''} ${run.stderr.slice(-2000)}`
}, 900_000)
afterAll(() => work.cleanup())

const caseOf = (file: string) => cases.find((c) => c.name === file.replace(/\.[^.]+$/, ''))

describe('the hostile corpus against every import', () => {
  it('the process stays up and prints the counts', () => {
    expect(crashed).toBeUndefined()
    const count = (o: Offer['outcome']) => offers.filter((x) => x.outcome === o).length
    console.log(
      `hostile corpus: ${cases.length} files × (${importKindNames.length} imports, the exchange import, the restore) = ${offers.length} offers; refused ${count('refused')}, problems shown ${count('problems')}, accepted in preview ${count('accepted')}; peak memory ${summary?.peakRssMb} MB`,
    )
    // every import kind and the exchange import for every file, a restore for every file and the folder
    expect(offers.length).toBe((cases.length - 1) * (importKindNames.length + 1) + cases.length)
  })

  it('peak memory stays under 1 GB and the database is byte-identical and sound', () => {
    expect(summary?.peakRssMb).toBeLessThan(1024)
    expect(summary?.hashAfter).toBe(summary?.hashBefore)
    expect(summary?.integrity).toBe('ok')
    expect(offers.filter((o) => o.committed === 'written').map((o) => `${o.file} → ${o.kind}`)).toEqual([])
  })

  it('every message is Chinese, in words, without a parser’s internals', () => {
    // the file's own name is quoted back to the clerk and may be anything ('undefined-entity.xlsx')
    const words = (o: Offer, m: string) => m.split(o.file).join('')
    const bad = offers.flatMap((o) => o.messages.filter((m) => !/[\u4e00-\u9fff]/.test(m) || internals.test(words(o, m))).map((m) => `${o.file} → ${o.kind}: ${m}`))
    expect(bad).toEqual([])
  })

  it('no file is restored or taken as an exchange package', () => {
    expect(offers.filter((o) => (o.kind === 'restore' || o.kind === 'exchange') && o.outcome !== 'refused').map((o) => `${o.file} → ${o.kind}`)).toEqual([])
  })

  it('the files no import may take are refused by every import', () => {
    const wrong = offers
      .filter((o) => refusedByAll.some((re) => re.test(caseOf(o.file)?.name ?? '')))
      .filter((o) => o.outcome !== 'refused')
      .map((o) => `${o.file} → ${o.kind}: ${o.outcome} ${o.messages[0] ?? ''}`)
    expect(wrong).toEqual([])
  })
})
