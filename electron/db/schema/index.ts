/**
 * Typed view of the database for Kysely, one file per area. Booleans are stored as 0/1, JSON as text.
 */
import type { SystemTables } from './system'
import type { RosterTables } from './roster'
import type { SchemeTables } from './scheme'
import type { PeriodTables } from './period'
import type { InputTables } from './inputs'
import type { ResultTables } from './results'
import type { NoticeAppealTables } from './notice-appeals'
import type { HistoryTables } from './history'
import type { UseTables } from './uses'
import type { OkrTables } from './okr'
import type { AccountTables } from './accounts'

export type * from './system'
export type * from './roster'
export type * from './scheme'
export type * from './period'
export type * from './inputs'
export type * from './results'
export type * from './notice-appeals'
export type * from './history'
export type * from './uses'
export type * from './okr'
export type * from './accounts'

export interface Database
  extends SystemTables,
    RosterTables,
    SchemeTables,
    PeriodTables,
    InputTables,
    ResultTables,
    NoticeAppealTables,
    HistoryTables,
    UseTables,
    OkrTables,
    AccountTables {}
