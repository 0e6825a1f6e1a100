import type { gridExportMessages as zh } from '../zh-CN/grid-export'

export const gridExportMessages: Record<keyof typeof zh, string> = {
  'gridExport.button': 'Export table',
  'gridExport.busy': 'Exporting…',
  'gridExport.sheet': 'Table',
  'gridExport.fileName': '{title}.xlsx',
  'gridExport.title.roster': 'Roster',
  'gridExport.title.results': 'Assessment results',
  'gridExport.title.ratings': 'Ratings summary',
  'gridExport.title.progress': 'Entry progress',
  'gridExport.title.appeals': 'Appeals',
  'gridExport.title.uses': 'Use of results',
  'gridExport.title.history': 'Past results',
  'gridExport.title.penalties': 'Penalties',
}
