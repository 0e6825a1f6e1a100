import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportResult } from '../../shared/contract'
import { addSheet, asFile, xlsxBytes } from '../support/import-workbooks'
import { importBackend, type ImportBackend } from '../support/import-backend'

// 5,000 people write 5,000 audit entries in one call: more values than SQLite takes in one statement
describe('a 5,000-person roster in one file', () => {
  let k: ImportBackend
  beforeAll(async () => {
    k = await importBackend('large-audit')
  })
  afterAll(async () => {
    await k.backend.close()
  })

  it('imports whole, with an audit entry for every person', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`P${String(i + 1).padStart(5, '0')}`, `人员${i + 1}`, `部门${(i % 20) + 1}`])
    const bytes = await xlsxBytes((wb) => addSheet(wb, '名册', [['工号', '姓名', '部门'], ...rows]))
    const result = await k.ok<ImportResult>('roster-import', { file: asFile('名册.xlsx', bytes) })
    expect(result.written).toBe(5000)
    expect((await k.counts()).people).toBe(5000)
    const audit = await k.db
      .selectFrom('audit_log')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .where('method', '=', 'roster-import')
      .where('entity', '=', 'person')
      .executeTakeFirstOrThrow()
    expect(Number(audit.n)).toBe(5000)
  }, 120_000)
})
