import type { Kysely } from 'kysely'

// Additive only: past years' grades (so the multi-year rules work from the first year of use) and
// penalties / negative-list entries with their dates. Nothing existing changes.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('grade_history')
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    // 优秀 · 称职 · 基本称职 · 不称职 · 不定等次
    .addColumn('annual_grade', 'text', (c) => c.notNull())
    // 好 · 较好 · 一般 · 较差, null where unknown
    .addColumn('q1', 'text')
    .addColumn('q2', 'text')
    .addColumn('q3', 'text')
    .addColumn('q4', 'text')
    .addColumn('batch_id', 'integer', (c) => c.references('import_batches.id'))
    .addColumn('source_row', 'integer')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('grade_history_pk', ['person_id', 'year'])
    .execute()

  await db.schema
    .createTable('penalties')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('decided_on', 'text', (c) => c.notNull())
    .addColumn('term_months', 'integer')
    .addColumn('reason', 'text')
    // 'penalty' 处分 / 组织处理 · 'negative' 不担当不作为 负面清单
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('batch_id', 'integer', (c) => c.references('import_batches.id'))
    .addColumn('source_row', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('penalties_person').on('penalties').column('person_id').execute()
}
