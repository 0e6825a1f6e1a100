import type { Kysely } from 'kysely'
import { sql } from 'kysely'

// Additive only: what the committee decides on results (grade overrides, risk exemptions), the
// public notice, appeals with their before/after, the status of result-use lists, and the
// departments' own performance grades (for a weighted 优秀 quota). Results gain the proposal and
// its flags so the committee sees both next to the grade decided.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE results ADD COLUMN proposed_grade TEXT`.execute(db)
  await sql`ALTER TABLE results ADD COLUMN flags TEXT NOT NULL DEFAULT '[]'`.execute(db)
  // annual periods: the annual assessment total, the quarters drawn on and the annual score (JSON)
  await sql`ALTER TABLE results ADD COLUMN annual TEXT`.execute(db)
  // the 优秀 places per department when the quota was shared out (JSON)
  await sql`ALTER TABLE computations ADD COLUMN department_quotas TEXT`.execute(db)

  await db.schema
    .createTable('grade_overrides')
    .addColumn('period_id', 'text', (c) => c.notNull().references('periods.id'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('grade', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('grade_overrides_pk', ['period_id', 'person_id'])
    .execute()

  await db.schema
    .createTable('exemptions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('period_id', 'text', (c) => c.notNull().references('periods.id'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('indicator_code', 'text', (c) => c.notNull())
    // the evaluation that found the failure excusable (容错纠错评估), and why
    .addColumn('evaluation', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addColumn('appeal_id', 'integer')
    .addUniqueConstraint('exemptions_unique', ['period_id', 'person_id', 'indicator_code'])
    .execute()

  await db.schema
    .createTable('notices')
    .addColumn('period_id', 'text', (c) => c.primaryKey().references('periods.id'))
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    .addColumn('working_days', 'integer', (c) => c.notNull())
    // JSON array of the grades listed (default 优秀, or 好 for a quarter)
    .addColumn('grades', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('appeals')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('period_id', 'text', (c) => c.notNull().references('periods.id'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    // 复核 · 申诉
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('filed_on', 'text', (c) => c.notNull())
    .addColumn('review_decided_on', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    // pending · upheld · rejected
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_on', 'text')
    .addColumn('decision', 'text')
    .addColumn('correction', 'text')
    // JSON snapshots of the period's results before and after an upheld correction
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .execute()
  await db.schema.createIndex('appeals_period').on('appeals').column('period_id').execute()

  await db.schema
    .createTable('result_uses')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('list', 'text', (c) => c.notNull())
    // a staff number, or a department path for the per-department lists
    .addColumn('subject', 'text', (c) => c.notNull())
    // pending · done
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('result_uses_pk', ['year', 'list', 'subject'])
    .execute()

  await db.schema
    .createTable('department_grades')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('department_id', 'integer', (c) => c.notNull().references('departments.id'))
    // 优秀 · 良好 · 达标 · 诫勉
    .addColumn('grade', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('department_grades_pk', ['year', 'department_id'])
    .execute()
}
