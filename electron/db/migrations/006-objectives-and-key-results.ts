import type { Kysely } from 'kysely'
import { sql } from 'kysely'

// Additive only: objectives with their key results (capability 5, "Plans and OKRs"), and every
// progress report on a key result, so its current value can always be traced to who reported what
// and when. Nothing existing changes.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('objectives')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('title', 'text', (c) => c.notNull())
    // the owner is a person or a department, never both
    .addColumn('owner_person_id', 'integer', (c) => c.references('people.id'))
    .addColumn('owner_department_id', 'integer', (c) => c.references('departments.id'))
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    // relative, among one owner's objectives
    .addColumn('weight', 'real', (c) => c.notNull().defaultTo(1))
    .addColumn('note', 'text')
    .addColumn('batch_id', 'integer', (c) => c.references('import_batches.id'))
    .addColumn('source_row', 'integer')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('objectives_one_owner', sql`(owner_person_id IS NULL) <> (owner_department_id IS NULL)`)
    .execute()
  await db.schema.createIndex('objectives_owner_person').on('objectives').column('owner_person_id').execute()
  await db.schema.createIndex('objectives_owner_department').on('objectives').column('owner_department_id').execute()

  await db.schema
    .createTable('key_results')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('objective_id', 'integer', (c) => c.notNull().references('objectives.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    // 计量单位: 家, 人, 件, %
    .addColumn('unit', 'text')
    .addColumn('baseline', 'real', (c) => c.notNull())
    .addColumn('target', 'real', (c) => c.notNull())
    // the latest reported value (kr_progress); null until the first report
    .addColumn('current', 'real')
    // null: the objective's own dates
    .addColumn('start_date', 'text')
    .addColumn('due_date', 'text')
    // relative, among the objective's key results
    .addColumn('weight', 'real', (c) => c.notNull().defaultTo(1))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('batch_id', 'integer', (c) => c.references('import_batches.id'))
    .addColumn('source_row', 'integer')
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('key_results_objective').on('key_results').column('objective_id').execute()

  await db.schema
    .createTable('kr_progress')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('key_result_id', 'integer', (c) => c.notNull().references('key_results.id'))
    .addColumn('value', 'real', (c) => c.notNull())
    // the date the value was true (ISO), not when it was typed in
    .addColumn('recorded_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('batch_id', 'integer', (c) => c.references('import_batches.id'))
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('kr_progress_key_result').on('kr_progress').column('key_result_id').execute()
}
