import type { Kysely } from 'kysely'
import { sql } from 'kysely'

// Additive only: accounts, their roles and sessions, and the two sensitive fields of a person's
// record the roster can now carry. A database from an earlier version has no account after this;
// the first 系统管理员 is then created the way a new database gets one (setup-admin / `kaohe init
// --admin`), and that creation is audited as the upgrade of existing data.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('accounts')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    // scrypt: the derived key and salt (base64) and the parameters used, so they can be raised later
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('password_salt', 'text', (c) => c.notNull())
    .addColumn('password_params', 'text', (c) => c.notNull())
    .addColumn('must_change', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('password_changed_at', 'text')
    .addColumn('last_login_at', 'text')
    .execute()
  await sql`create unique index accounts_name_nocase on accounts (lower(name))`.execute(db)

  await db.schema
    .createTable('account_roles')
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    // JSON array of department ids; null: the whole unit
    .addColumn('departments', 'text')
    .addColumn('granted_by', 'text', (c) => c.notNull())
    .addColumn('granted_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('account_roles_pk', ['account_id', 'role'])
    .execute()

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    // SHA-256 of the token: the database never holds a usable token
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    // logout, disabled, password-changed
    .addColumn('ended_reason', 'text')
    .execute()
  await db.schema.createIndex('sessions_account').on('sessions').column('account_id').execute()

  await db.schema.alterTable('people').addColumn('id_number', 'text').execute()
  await db.schema.alterTable('people').addColumn('phone', 'text').execute()
}
