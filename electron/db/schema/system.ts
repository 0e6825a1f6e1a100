import type { Generated } from 'kysely'
import type { AuditContent } from '../../../shared/domain/audit-chain'

export interface SchemaMigrationTable {
  id: number
  name: string
  applied_at: string
}

export interface SettingTable {
  key: string
  value: string
}

/** what the dispatch records for a change (shared/domain/audit-chain.ts hashes exactly these), and the chain */
export interface AuditLogTable extends AuditContent {
  id: Generated<number>
  /** the hash chain (migration 007, shared/domain/audit-chain.ts): the row before, its hash, this row's hash */
  prev_id: number | null
  prev_hash: string | null
  hash: string | null
}

/** One row (id 1): the chain's last id, its hash and the row count, so a deleted last row shows. */
export interface AuditHeadTable {
  id: number
  last_id: number | null
  last_hash: string | null
  rows: number
}

export interface ImportBatchTable {
  id: Generated<number>
  kind: string
  period_id: string | null
  file_name: string
  file_hash: string
  rows: number
  created_at: string
  created_by: string
}

/** The app's own bookkeeping: applied migrations, settings, the audit log with its head and the import batches every imported row points back to. */
export interface SystemTables {
  schema_migrations: SchemaMigrationTable
  settings: SettingTable
  audit_log: AuditLogTable
  audit_head: AuditHeadTable
  import_batches: ImportBatchTable
}
