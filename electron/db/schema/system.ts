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

/** The app's own bookkeeping: applied migrations, settings, the audit log and the import batches every imported row points back to. */
export interface SystemTables {
  schema_migrations: SchemaMigrationTable
  settings: SettingTable
  audit_log: AuditLogTable
  import_batches: ImportBatchTable
}
