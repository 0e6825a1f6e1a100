import type { Kysely } from 'kysely'
import * as m001 from './001-initial'
import * as m002 from './002-scheme-versions'
import * as m003 from './003-stages-and-inputs'
import * as m004 from './004-history-and-penalties'
import * as m005 from './005-decisions-notice-appeals'
import * as m006 from './006-objectives-and-key-results'
import * as m007 from './007-audit-chain'
import * as m008 from './008-accounts'
import * as m009 from './009-stage-reports'

export interface Migration {
  id: number
  name: string
  up(db: Kysely<unknown>): Promise<void>
}

/** Numbered, append-only. Never edit or remove one that has shipped; add the next number. */
export const migrations: Migration[] = [
  { id: 1, name: '001-initial', up: m001.up },
  { id: 2, name: '002-scheme-versions', up: m002.up },
  { id: 3, name: '003-stages-and-inputs', up: m003.up },
  { id: 4, name: '004-history-and-penalties', up: m004.up },
  { id: 5, name: '005-decisions-notice-appeals', up: m005.up },
  { id: 6, name: '006-objectives-and-key-results', up: m006.up },
  { id: 7, name: '007-audit-chain', up: m007.up },
  { id: 8, name: '008-accounts', up: m008.up },
  { id: 9, name: '009-stage-reports', up: m009.up },
]
