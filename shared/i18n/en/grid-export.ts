import type { gridExportMessages as zh } from '../zh-CN/grid-export'

export const gridExportMessages: Record<keyof typeof zh, string> = {
  'gridExport.button': 'Export table',
  'gridExport.busy': 'Exporting…',
  'gridExport.nothingLeft': 'Without the sensitive columns the table has no column left to export.',
  'gridExport.sheet': 'Table',
  'gridExport.title.roster': 'Roster',
  'gridExport.title.results': '{period} results',
  'gridExport.title.ratings': '{period} ratings summary',
  'gridExport.title.entry': '{period} ratings entry ({role}: {rater})',
  'gridExport.title.flags': '{period} cross-checks',
  'gridExport.title.progress': '{period} stage progress',
  'gridExport.title.people': '{period} participants',
  'gridExport.title.periods': 'Assessment periods',
  'gridExport.title.appeals': '{period} reviews and appeals',
  'gridExport.title.uses': 'Use of results {year}: {list}',
  'gridExport.title.history': 'Past results',
  'gridExport.title.penalties': 'Penalties',
  'gridExport.title.scheme': 'Indicator scheme “{name}”, version {version}',
  'gridExport.stageState': '{stage}: {state}',
}
