import type { Kysely } from 'kysely'

// Additive only: the four stages per person, the non-rating inputs (ballots, satisfaction, measured
// values), rater settings per scheme, and cross-check flags. Nothing existing changes.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('stages')
    .addColumn('period_id', 'text', (c) => c.notNull().references('periods.id'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    // 'self' 个人述职 · 'peer' 同事互评 · 'leader' 领导核验 · 'committee' 党委审定
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('text', 'text')
    .addColumn('self_score', 'real')
    .addColumn('comment', 'text')
    .addColumn('proposed_grade', 'text')
    .addColumn('decided_by', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('stages_pk', ['period_id', 'person_id', 'stage'])
    .execute()

  await db.schema
    .createTable('ballots')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('period_id', 'text', (c) => c.notNull().references('periods.id'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicators.id'))
    .addColumn('excellent', 'integer', (c) => c.notNull())
    .addColumn('competent', 'integer', (c) => c.notNull())
    .addColumn('basic', 'integer', (c) => c.notNull())
    .addColumn('incompetent', 'integer', (c) => c.notNull())
    .addColumn('unknown', 'integer', (c) => c.notNull())
    .addColumn('batch_id', 'integer', (c) => c.references('import_batches.id'))
    .addColumn('source_row', 'integer')
    .execute()
  await db.schema.createIndex('ballots_period_person').on('ballots').columns(['period_id', 'person_id']).execute()

  await db.schema
    .createTable('satisfaction')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('period_id', 'text', (c) => c.notNull().references('periods.id'))
    // by person, or by department (then it applies to the department's people on that indicator)
    .addColumn('person_id', 'integer', (c) => c.references('people.id'))
    .addColumn('department_id', 'integer', (c) => c.references('departments.id'))
    .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicators.id'))
    .addColumn('satisfied', 'integer')
    .addColumn('basic', 'integer')
    .addColumn('dissatisfied', 'integer')
    .addColumn('rate', 'real')
    .addColumn('batch_id', 'integer', (c) => c.references('import_batches.id'))
    .addColumn('source_row', 'integer')
    .execute()
  await db.schema.createIndex('satisfaction_period').on('satisfaction').column('period_id').execute()

  await db.schema
    .createTable('measures')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('period_id', 'text', (c) => c.notNull().references('periods.id'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicators.id'))
    .addColumn('actual', 'real', (c) => c.notNull())
    .addColumn('batch_id', 'integer', (c) => c.references('import_batches.id'))
    .addColumn('source_row', 'integer')
    .execute()
  await db.schema.createIndex('measures_period').on('measures').column('period_id').execute()

  await db.schema
    .createTable('rater_settings')
    .addColumn('scheme_id', 'integer', (c) => c.notNull().references('schemes.id'))
    // '' for the whole scheme, else a dimension's code
    .addColumn('dimension_code', 'text', (c) => c.notNull())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('rater_settings_pk', ['scheme_id', 'dimension_code'])
    .execute()

  await db.schema
    .createTable('flags')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('period_id', 'text', (c) => c.notNull().references('periods.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('role', 'text')
    .addColumn('rater', 'text')
    .addColumn('person_id', 'integer', (c) => c.references('people.id'))
    .addColumn('details', 'text', (c) => c.notNull())
    // 'open' · 'confirmed' (the ballot stands) · 'excluded' (its ratings leave the computation)
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('flags_period').on('flags').column('period_id').execute()
}
