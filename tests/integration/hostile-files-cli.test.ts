import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBackend, type Backend } from '../../electron/rpc/backend'
import { SESSION_HEADER, startBridge, TOKEN_HEADER, type Bridge } from '../../electron/rpc/http-bridge'
import { MAX_IMPORT_FILE_BYTES } from '../../shared/contract'
import { signInAs } from '../support/accounts'
import { bridgeClient } from '../support/bridge-client'
import { hostileCases } from '../support/hostile-files'
import { cli } from '../support/run-cli'
import { fileTableCounts } from '../support/table-snapshot'
import { fixturesDir, tempDir } from '../support/temp-dir'

const tables = ['people', 'departments', 'import_batches', 'audit_log']

const counts = (db: string) => fileTableCounts(db, tables)

describe('hostile files given to the CLI', () => {
  const tmp = tempDir()
  const db = path.join(tmp.dir, 'hostile.db')
  beforeAll(async () => {
    const r = await cli(db, 'import', 'roster', path.join(fixturesDir, 'roster.xlsx'))
    expect(r.code, r.err).toBe(0)
  })
  afterAll(() => tmp.cleanup())

  it('a folder given as the file: its path in a clear message, exit 1, not the usage text', async () => {
    const folder = path.join(tmp.dir, '名册文件夹')
    fs.mkdirSync(folder)
    const r = await cli(db, 'import', 'roster', folder)
    expect(r.code).toBe(1)
    expect(r.err).toBe(`“${folder}”是一个文件夹，不是文件。请指定要导入的 .xlsx 或 .csv 文件。`)
  })

  it('a file over 100 MB is refused by its size before it is read (a sparse 450 MB CSV)', async () => {
    const big = path.join(tmp.dir, '450MB.csv')
    fs.writeFileSync(big, '工号,姓名\n')
    fs.truncateSync(big, 450 * 1024 * 1024)
    const before = process.memoryUsage().rss
    const r = await cli(db, 'import', 'roster', big)
    expect(r.code).toBe(1)
    expect(r.err).toBe('文件“450MB.csv”有 450 MB，超过导入文件的上限 100 MB，未读取。请只保留需要导入的工作表和数据后再导入。')
    // not read: the process did not grow by the file's size
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024)
  })

  it('every hostile workbook is refused with its message and nothing is written', async () => {
    const before = counts(db)
    for (const c of hostileCases.filter((x) => ['crc-corrupted-sheet', 'one-mb-cell', 'a-and-xfd-50000-rows', 'undefined-entity'].includes(x.id))) {
      const file = path.join(tmp.dir, c.fileName)
      fs.writeFileSync(file, c.build())
      const r = await cli(db, 'import', 'roster', file)
      expect(r.code, c.id).toBe(1)
      expect(r.err, c.id).toContain('工作表“名册”')
      expect(r.err + r.out, c.id).not.toMatch(/用法|Usage|at .*\.ts:|Error/)
    }
    expect(counts(db)).toEqual(before)
  })
})

describe('the HTTP bridge and the file limit', () => {
  const tmp = tempDir()
  let backend: Backend
  let bridge: Bridge
  let headers: Record<string, string>

  beforeAll(async () => {
    backend = await openBackend(path.join(tmp.dir, 'bridge.db'), { create: true })
    bridge = await startBridge({ dispatcher: backend.dispatcher })
    const clerk = await signInAs(bridgeClient(bridge), 'clerk')
    headers = { [TOKEN_HEADER]: bridge.token, [SESSION_HEADER]: clerk.session!, 'Content-Type': 'application/json' }
  })
  afterAll(async () => {
    await bridge.close()
    await backend.close()
    tmp.cleanup()
  })

  function post(method: string, body: string | { length: number }): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const length = typeof body === 'string' ? Buffer.byteLength(body) : body.length
      const req = http.request({ host: '127.0.0.1', port: bridge.port, path: `/rpc/${method}`, method: 'POST', headers: { ...headers, 'Content-Length': length } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
      })
      // the declared length alone answers: the body is not sent
      req.on('error', reject)
      if (typeof body === 'string') req.end(body)
      else req.flushHeaders()
    })
  }

  it('a body declared larger than the largest import file is refused before it is read, in words', async () => {
    const r = await post('roster-import-preview', { length: 200 * 1024 * 1024 })
    expect(r.status).toBe(413)
    const error = JSON.parse(r.body).error
    expect(error.code).toBe('bad-file')
    expect(error.message).toContain('超过导入文件的上限 100 MB')
  })

  it('a file just over the limit sent whole is refused before its bytes are decoded, naming the file', async () => {
    const dataBase64 = 'A'.repeat(Math.ceil((MAX_IMPORT_FILE_BYTES + 3) / 3) * 4)
    const r = await post('roster-import-preview', JSON.stringify({ file: { fileName: '大.xlsx', dataBase64 } }))
    const error = JSON.parse(r.body).error
    expect(error).toEqual({ code: 'bad-file', message: '文件“大.xlsx”有 100.1 MB，超过导入文件的上限 100 MB，未读取。请只保留需要导入的工作表和数据后再导入。' })
  })
})
