import type { core as zh } from '../zh-CN/core'

export const core: Record<keyof typeof zh, string> = {
  'scheme.notFound': 'No indicator scheme named "{name}".',
  'scheme.nameTaken': 'A scheme named "{name}" already exists; choose another name.',
  'scheme.indicatorNotFound': 'Scheme "{name}" has no indicator with code "{code}".',
  'results.locked': 'Period {period} is "{status}": its results are locked and cannot be recomputed; corrections go through a review or appeal.',
  'period.badId': 'Period id "{id}" does not fit kind "{kind}": quarters 2025-Q1..2025-Q4, annual 2025, special 2025-S<name>.',
  'period.kind.quarter': 'Quarterly (regular)',
  'period.kind.annual': 'Annual',
  'period.kind.special': 'Special',
  'period.exists': 'Period {id} already exists.',
  'period.notFound': 'No period {id}; create it first.',
  'period.emptyScheme': 'Scheme "{name}" has no indicators yet.',
  'period.defaultName.quarter': '{year} {quarter} regular assessment',
  'period.defaultName.annual': '{year} annual assessment',
  'period.defaultName.special': '{year} special assessment: {name}',
  'period.quarter.1': 'Q1',
  'period.quarter.2': 'Q2',
  'period.quarter.3': 'Q3',
  'period.quarter.4': 'Q4',
  'period.status.draft': 'Draft',
  'period.status.open': 'Open',
  'period.status.review': 'In review',
  'period.status.approved': 'Approved',
  'period.status.noticed': 'On notice',
  'period.status.final': 'Final',
  'error.wholeInput': '(whole input)',
  'cli.help': `Usage: kaohe <command> [options]

  init [--admin NAME]                           create or upgrade the database; --admin creates the first system administrator (password from KAOHE_PASSWORD)
  login [--user NAME]                           sign in and keep the session (~/.kaohe/session.json, readable by you only) for later commands
  logout                                        end the kept session
  password change                               change your password (old from KAOHE_PASSWORD, new from KAOHE_NEW_PASSWORD)
  account list [--json]                         accounts with their roles and departments (system and security administrators)
  account add --name NAME [--role ROLE] [--departments A,B]
                                                new account (system administrator; initial password from KAOHE_NEW_PASSWORD, changed at first sign-in)
  account grant NAME --role ROLE [--departments A,B]
                                                grant a role and its departments (security administrator); account revoke NAME --role ROLE takes it back
  account disable|enable NAME                   disable (its sessions end at once) or enable; account reset-password NAME sets a new initial password
{imports}
  period create --id 2025-Q1 --kind quarter --scheme NAME [--name TITLE]
  period open --id 2025-Q1                      open a period (its scheme version is frozen)
  period advance --id 2025-Q1                   move to the next status (or list what blocks it)
  period status --id 2025-Q1                    stage progress per department and what blocks the next step
  period list
  flags --period 2025-Q1 [--run]                cross-checks: suspicious ballots (--run re-checks first)
  compute --period 2025-Q1                      compute scores and grades
  results --period 2025-Q1|2025 [--json]        show results (grade, proposed grade, flags; a year also its annual score)
  explain --period 2025-Q1 --staff STAFFNO [--json] [--out FILE.xlsx]
                                                one person's result sheet: every rating, weight, contribution and adjustment
  explain --period 2025-Q1 --all [--department NAME] --out FILE.xlsx
                                                everyone's result sheets (or one department's): a sheet per department, each person on a new page
  approve --period 2025-Q1                      committee approval: review → approved (or list what blocks it)
  override --period 2025-Q1 --staff NO --grade G --reason TEXT
                                                the committee's grade in place of the proposal (in review only); --remove, --list
  exempt --period 2025-Q1 --staff NO --indicator CODE --evaluation TEXT --reason TEXT
                                                risk exemption (results recomputed when they exist); --list; --remove --id N --reason TEXT
  notice --period 2025 --start 2026-01-12 [--days 5] [--out FILE.xlsx]
                                                publish the notice (approved → noticed); with only --period, show it
  appeal add --period 2025 --staff NO --kind 复核|申诉 --filed DATE [--review-decided DATE] --reason TEXT
                                                record a review or appeal (late ones recorded and flagged)
  appeal decide --id N --outcome upheld|rejected --decided DATE --decision TEXT
                [--correct-rating CODE:ROLE[:RATER]=SCORE,… | --exempt CODE --evaluation TEXT | --grade G]
                                                decide; an upheld correction recomputes, keeps before and after, prints what moved
  appeal list [--period 2025]                   reviews and appeals with their deadlines
  okr list [--lagging] [--as-of 2025-07-01] [--department NAME] [--staff NO] [--year 2025] [--json]
                                                objectives and key results: completion, time elapsed and lag (--lagging: only the lagging key results)
  audit verify                                  check the audit log is whole (nothing changed or deleted): prints the entry count, or exits 1 naming the first bad entry
  audit list [--user NAME] [--method M] [--entity E] [--since 2025-06-01] [--until 2025-06-30] [--limit 200] [--json]
                                                audit entries, newest first (200 unless --limit, at most 5000)
  backup create [--reason TEXT]                 back up the database now (system administrator); the last line is the backup file's path
  backup list [--json]                          the backups, newest first: time, reason, database schema version, SHA-256, size
  backup restore FILE                           check, then replace the database by that backup (its name, or the path of any Kaohe database file);
                                                the current data is backed up first and everyone signs in again; a file that fails its checks exits 1 with the reason
  calendar show --year 2026 [--json]            a year's public holidays; --json gives {"holidays":[dates…],"workdays":[working weekend days…]};
                                                a year not entered gives both empty and says so on stderr (exit code 0)
  unit set --name NAME [--parent NAME] [--credit-code CODE]
                                                set the unit's details (clerk); the name is written in every export's title and Notes sheet
  unit show [--json]                            the unit's details; --json gives {"name":…,"parent":…,"creditCode":…}, '' for what is not set
  uses --year 2025 [--json] [--out FILE.xlsx]   result-use lists (commendation, merit, admonition, demotion, dismissal review, inquiry, reminder talk, training, negative list)
  uses mark --year 2025 --kind KIND --subject NO --status done|pending [--note TEXT]
                                                record whether a measure was carried out
  export report --period 2025-Q1|2025 --out FILE.xlsx [--omit-sensitive]
                                                the results workbook (a year: the annual report with the grade chart, notice list, result use and one assessment form per person);
                                                --omit-sensitive leaves out ID numbers, birth dates and phone numbers
  export departments --period 2025-Q1|2025 --out FILE.xlsx
                                                the department summary (count and share of each grade, mean, highest and lowest score, mean per dimension)
  exchange export --period 2025-Q1[,2025-Q2…]|--all --out FILE.khx [--key-file KEYFILE]
                                                export an exchange package for another office (people without ID number, birth date or phone;
                                                the manifest carries checksums and the exchange key's signature)
  exchange import FILE.khx [--key-file KEYFILE] [--dry-run]
                                                check and import an exchange package: lists what is new, changed and in conflict;
                                                refused, with nothing written, on any conflict or failed check
  exchange key [--key-file KEYFILE]             the exchange key's fingerprint; with a key file, sets (or replaces) the key.
                                                Without --key-file the key set here is used
  scheme show NAME [--version N] [--for STAFFNO]  a scheme, or one person's effective scheme
  scheme check NAME [--version N] [--period ID]  balance and validity report
  ahp MATRICES.xlsx [--method eigen|geometric|sum] [--ri saaty|cn]
                                                AHP weights, one pairwise matrix per sheet

Options:
  --db PATH     database file (default: KAOHE_DB, else ~/.kaohe/kaohe.db)
  --json        machine-readable output
  --dry-run     preview an import without writing
  --replace     replace the earlier import of the same file (refused otherwise, so nothing is doubled)
  --afterNote stop|read
                a note or signature line inside the table ("注：…") with data below it: stop reads up to
                that line, read skips it and reads on (without it the import is refused, naming the line)
  --columns header=field,…
                map columns not recognised by hand: the field's name as the preview lists it (staffNo,
                score …), an empty field ignores the column; remembered for the next file with the same headers

Roles: 系统管理员, 安全保密管理员, 安全审计员, 考核工作人员, 部门领导, 只读 (the English names work too)
  --user NAME   run as this account (or KAOHE_USER; password from KAOHE_PASSWORD, else typed); without it, the
                session kept by kaohe login. In audit list, --user is the filter: give the account by KAOHE_USER
Exit codes: 0 done; 1 failed; 2 usage; 3 the initial password must be changed first; 4 the role may not do this`,
  'cli.import.file': 'FILE.xlsx',
  'cli.import.placeholder.name': 'NAME',
  'cli.import.placeholder.indicator': 'CODE',
  'cli.import.afterNoteHint': '  Whether the rows below row {row} of sheet "{sheet}" are imported: add --afterNote stop to stop at that row, or --afterNote read to skip it and read on.',
  'cli.import.roster': 'import the roster',
  'cli.import.scheme': 'import an indicator scheme (a new one: the name must be free)',
  'cli.import.ratings': 'import ratings (a score list or a score sheet, detected)',
  'cli.import.ballots': 'import ballot votes (--indicator when the scheme has several 票决 indicators)',
  'cli.import.satisfaction': 'import citizen satisfaction (by person or department; CSV in UTF-8 or GBK too)',
  'cli.import.measures': 'import measured values of target indicators',
  'cli.import.history': 'past annual and quarterly grades',
  'cli.import.penalties': 'penalties and negative-list entries',
  'cli.import.okr': "objectives and key results (stored ones matched by owner and title; a current value becomes today's progress)",
  'cli.unknownCommand': 'Unknown command: {command}. Run kaohe help.',
  'cli.missingArg': 'Missing argument: {name}',
  'cli.fileNotFound': 'File not found: {path}',
  'cli.initDone': 'Database ready: {path}',
  'cli.dryRun': 'Dry run (--dry-run): nothing written.',
  'cli.importDone': 'Imported {written} rows.',
  'cli.importRefused': 'Import refused; nothing written.',
  'cli.exported': 'Exported: {path}',
  'cli.computed': 'Computed {period}: {graded} graded, “{grade}” quota {quota}.',
  'cli.periodOpened': 'Period {id} ({name}) is open; scheme "{scheme}" version {version} is frozen from now on.',
  'cli.periodCreated': 'Created period {id} ({name}) with {participants} people.',
  'cli.previewSheet': 'Sheet: {sheet} (header on row {row})',
  'cli.previewColumn': '  column {column} "{header}" → {field}',
  'cli.previewIgnored': '(ignored)',
  'cli.previewCounts': '{rows} data rows: {adds} new, {changes} changed, {unchanged} unchanged',
  'cli.problem': '  {severity} {where}: {message}',
  'cli.severity.error': 'error',
  'cli.severity.warning': 'note',
  'cli.where': 'sheet "{sheet}"{row}{column}',
  'cli.whereRow': ' row {row}',
  'cli.whereColumn': ' column "{name}" ({column})',
  'launcher.browserMode': 'Electron binary not found; using browser mode. Open:',
  'launcher.serving': 'Kaohe is running (this computer only). Open:',
  'launcher.stop': 'Press Ctrl+C to quit.',
  'launcher.noBuild': 'The UI is not built (out/renderer missing): run npm run build first.',
  'launcher.dbPath': 'Database: {path}',
}
