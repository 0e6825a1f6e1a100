import type { ImportKind } from '../../../shared/contract'
import { historyImporter } from '../history/history-importer'
import { penaltiesImporter } from '../history/penalties-importer'
import { ballotsImporter } from '../inputs/ballots-importer'
import { measuresImporter } from '../inputs/measures-importer'
import { satisfactionImporter } from '../inputs/satisfaction-importer'
import { okrImporter } from '../okr/okr-importer'
import { ratingsImporter } from '../ratings/ratings-importer'
import { rosterImporter } from '../roster/roster-importer'
import { schemeImporter } from '../scheme/scheme-importer'
import { calendarImporter } from '../notice/calendar-importer'
import type { Importer } from './importer'

/**
 * Every kind of import the contract names (shared/contract/import-kinds.ts), answered by its one
 * importer. The type makes a kind without an importer, or an importer of the wrong kind, a compile error.
 */
export const importers: { [K in ImportKind]: Importer<K> } = {
  roster: rosterImporter,
  scheme: schemeImporter,
  ratings: ratingsImporter,
  ballots: ballotsImporter,
  satisfaction: satisfactionImporter,
  measures: measuresImporter,
  history: historyImporter,
  penalties: penaltiesImporter,
  okr: okrImporter,
  calendar: calendarImporter,
}
