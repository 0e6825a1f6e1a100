import path from 'node:path'
import { openBackend, type Backend } from '../../electron/rpc/backend'
import type { CallOutcome, ImportPreview, ImportResult, RpcError } from '../../shared/contract'
import type { Database } from '../../electron/db/schema'
import { tempDir } from './temp-dir'
import { signInAs } from './accounts'

export const countedTables = ['departments', 'people', 'schemes', 'indicators', 'periods', 'period_people', 'import_batches', 'ratings'] as const
type Counted = (typeof countedTables)[number]

/** A real backend on a fresh database file, with the calls import tests make, made as the signed-in 考核工作人员. */
export async function importBackend(name: string) {
  const tmp = tempDir('kaohe-import-')
  const backend: Backend = await openBackend(path.join(tmp.dir, `${name}.db`), { create: true })
  const db = backend.database.db
  const credential = await signInAs(backend.dispatcher, 'clerk')
  const call = (method: string, input: unknown): Promise<CallOutcome> => backend.dispatcher.call(credential, method, input)
  return {
    backend,
    db,
    credential,
    call,
    async ok<T>(method: string, input: unknown): Promise<T> {
      const r = await call(method, input)
      if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`)
      return r.result as T
    },
    async refused(method: string, input: unknown): Promise<RpcError> {
      const r = await call(method, input)
      if (r.ok) throw new Error(`${method} was expected to fail`)
      return r.error
    },
    async counts(): Promise<Record<Counted, number>> {
      const out = {} as Record<Counted, number>
      for (const table of countedTables) {
        const row = await db
          .selectFrom(table as keyof Database)
          .select(({ fn }) => fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
        out[table] = Number(row.n)
      }
      return out
    },
    async close() {
      await backend.close()
      tmp.cleanup()
    },
  }
}

export type ImportBackend = Awaited<ReturnType<typeof importBackend>>
export type { ImportPreview, ImportResult }
