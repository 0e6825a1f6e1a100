import type { databaseMessages as zh } from '../zh-CN/database'

export const databaseMessages: Record<keyof typeof zh, string> = {
  'db.missing': 'There is no Kaohe database here: {path}. Run kaohe init to make one here first, or name an existing database file with --db.',
  'db.notFile': '{path} is not a file (perhaps a folder) and cannot be opened as a Kaohe database.',
  'db.empty': '{path} is an empty file (0 bytes), not a Kaohe database: refused, the file left untouched. To make a database here, move the empty file away, then run kaohe init.',
  'db.notSqlite': '{path} is not a database file (it does not start like an SQLite database): refused, the file left untouched. Check that the path points at Kaohe’s database.',
  'db.damaged': '{path} looks like an SQLite database but is damaged and cannot be read; the file was left untouched. Ask the administrator to restore it from a backup.',
  'db.foreign': '{path} is another program’s SQLite database (it has no Kaohe upgrade table): refused so as not to change someone else’s data, the file left untouched.',
  'db.unknownTables': '{path} holds tables Kaohe does not know ({tables}): perhaps another program’s database, or changed by one. Refused, the file left untouched.',
  'db.newer': '{path} was made by a newer Kaohe (unknown upgrade steps: {ids}); this version will not open it, the file left untouched. Use the newer program.',
  'db.order': '{path} records upgrade step {at} as {found}, expected {expected}: refused, the file left untouched. Ask the administrator.',
  'db.readOnlyPending': 'The database file {path} is read-only and must first be upgraded to this version, which a read-only file cannot be; the file was left untouched. Ask the administrator to make it writable again.',
  'db.migrationFailed': 'Upgrading {path} to this version failed at step “{name}”; the database is as it was before. The backup taken before the upgrade is {backup}. Ask the administrator.',
  'db.cannotOpen': 'Cannot open the database {path}: {why}',
  'db.andMore': '{shown} and others, {count} in all',
  'db.readOnly': 'The database file is read-only: it can be viewed, not changed (signing in writes a record too; use a stored sign-in to view): {path}. To change it, ask the administrator to make it writable again.',
  'error.sqlite.busy': 'The database is in use by another program; nothing was changed. Try again shortly; if it persists, close the other Kaohe windows or programs using this database.',
  'error.sqlite.full': 'The disk is full; nothing was saved or changed. Free some disk space and try again.',
  'error.sqlite.corrupt': 'The database file is damaged; the operation did not complete. Do not change it further: ask the administrator to restore it from a backup.',
  'error.sqlite.ioerr': 'Reading or writing the database file failed (a storage fault, a USB stick pulled out…); nothing was changed. Check the storage device and try again.',
  'error.sqlite.cantOpen': 'The database file cannot be opened (moved, deleted or not accessible); the operation did not complete. Check where the database file is.',
}
