import type { Database } from '../../electron/db/schema'
import { importBackend, type ImportBackend } from './import-backend'
import { addSheet, asFile, xlsxBytes } from './import-workbooks'

/** Three people, one with a staff number whose leading zeros a spreadsheet drops (00123). */
export async function historyBackend(name: string): Promise<ImportBackend> {
  const k = await importBackend(name)
  const roster = await xlsxBytes((wb) =>
    addSheet(wb, '名册', [
      ['工号', '姓名', '部门'],
      ['S001', '张三', '办公室'],
      ['S002', '李四', '办公室'],
      ['00123', '王五', '政务服务中心'],
    ]),
  )
  await k.ok('roster-import', { file: asFile('roster.xlsx', roster) })
  return k
}

/** Row counts of the named tables, to show a refused import wrote nothing. */
export async function tableCounts(k: ImportBackend, tables: readonly (keyof Database)[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {}
  for (const table of tables) {
    const row = await k.db.selectFrom(table).select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    out[table] = Number(row.n)
  }
  return out
}
