import type { Generated } from 'kysely'

export interface SchemaMigrationTable {
  id: number
  name: string
  applied_at: string
}

export interface SettingTable {
  key: string
  value: string
}

export interface AuditLogTable {
  id: Generated<number>
  at: string
  user_name: string
  user_role: string
  method: string
  entity: string
  entity_id: string | null
  before: string | null
  after: string | null
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
