import type { Kysely } from 'kysely'

// Schema-builder only, additive: existing schemes keep their rows and simply have no predecessor.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('schemes').addColumn('based_on_version', 'integer').execute()

  await db.schema
    .createTable('weight_decisions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('scheme_id', 'integer', (c) => c.notNull().references('schemes.id'))
    .addColumn('parent_code', 'text')
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('weights', 'text', (c) => c.notNull())
    .addColumn('inputs', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('weight_decisions_scheme').on('weight_decisions').column('scheme_id').execute()
}
