import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportPreview } from '../../shared/contract'
import { t } from '../../shared/i18n'
import { importBackend } from '../support/import-backend'
import { fixturesDir } from '../support/temp-dir'

/**
 * The command line names a file by its path and the backend reads it from disk (never carried
 * through base64); any other caller naming a path is refused, or a page could read any file.
 */
let k: Awaited<ReturnType<typeof importBackend>>
beforeAll(async () => {
  k = await importBackend('local-file')
})
afterAll(() => k.close())

const roster = { fileName: 'roster.xlsx', path: path.join(fixturesDir, 'roster.xlsx') }

describe('a file named by its path', () => {
  it('is refused from a caller that is not the command line, and nothing is read or written', async () => {
    const before = await k.counts()
    const refused = await k.refused('roster-import', { file: roster })
    expect(refused.code).toBe('invalid-input')
    expect(refused.message).toBe(t('error.localFileRefused'))
    expect(await k.counts()).toEqual(before)
  })

  it('is read from disk for the command line, the same as its bytes sent', async () => {
    const r = await k.backend.dispatcher.call(k.credential, 'roster-import-preview', { file: roster }, { localFiles: true })
    if (!r.ok) throw new Error(r.error.message)
    const sent = await k.ok<ImportPreview>('roster-import-preview', { file: { fileName: 'roster.xlsx', dataBase64: fs.readFileSync(roster.path).toString('base64') } })
    const local = r.result as ImportPreview
    expect(local.adds).toBeGreaterThan(0)
    expect({ adds: local.adds, fileHash: local.fileHash, problems: local.problems }).toEqual({ adds: sent.adds, fileHash: sent.fileHash, problems: sent.problems })
  })

  it('a folder or a missing path is a bad file naming it', async () => {
    const folder = await k.backend.dispatcher.call(k.credential, 'roster-import-preview', { file: { fileName: 'x', path: fixturesDir } }, { localFiles: true })
    expect(folder.ok ? null : folder.error.message).toBe(t('import.file.isFolder', { path: fixturesDir }))
    const missing = path.join(fixturesDir, 'no-such.xlsx')
    const gone = await k.backend.dispatcher.call(k.credential, 'roster-import-preview', { file: { fileName: 'no-such.xlsx', path: missing } }, { localFiles: true })
    expect(gone.ok ? null : gone.error.message).toBe(t('cli.fileNotFound', { path: missing }))
  })
})
