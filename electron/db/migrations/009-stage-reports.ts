import type { Kysely } from 'kysely'
import { sql } from 'kysely'

// 个人述职 becomes the 述职 record: its text, the date it was given and an optional attachment
// (stored in its own table, so listing stages never reads the files). The old 自评分 of a 述职 was a
// second self-score beside the imported 自评 ratings, and screens showed it even where it differed.
// Note on existing data: a stored 自评分 equal to the mean of the person's 自评 ratings for the period
// (to two decimals) says nothing the ratings do not, and goes. Any other — no 自评 ratings, or a
// different value — is not lost: it is appended to the 述职 text as a line "（原登记自评分：88）",
// readable wherever the text is. Then the column is dropped. The database is backed up before any
// migration runs (migration-backup.ts).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('stages').addColumn('report_date', 'text').execute()
  await db.schema
    .createTable('stage_attachments')
    .addColumn('period_id', 'text', (c) => c.notNull().references('periods.id'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('data', 'blob', (c) => c.notNull())
    .addColumn('stored_by', 'text', (c) => c.notNull())
    .addColumn('stored_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('stage_attachments_pk', ['period_id', 'person_id'])
    .execute()

  // the 述职 date was never asked for: the day it was recorded is the nearest known
  await sql`update stages set report_date = substr(decided_at, 1, 10) where stage = 'self'`.execute(db)
  await sql`
    update stages set text = coalesce(text, '') || char(10) || '（原登记自评分：' ||
      (case when self_score = cast(self_score as integer) then cast(cast(self_score as integer) as text) else cast(self_score as text) end) || '）'
    where stage = 'self' and self_score is not null and (
      select round(avg(r.score), 2) from ratings r
      where r.period_id = stages.period_id and r.person_id = stages.person_id and r.role = '自评'
    ) is not round(self_score, 2)`.execute(db)
  await db.schema.alterTable('stages').dropColumn('self_score').execute()
}
