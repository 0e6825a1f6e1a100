import type { screensMessages as zh } from '../zh-CN/screens'

export const screensMessages: Record<keyof typeof zh, string> = {
  'ui.columns.button': 'Columns ({shown}/{total})',
  'ui.columns.listLabel': 'Choose the columns to show',
  'ui.system.schema': 'Version {version} (upgraded {date}: {what})',
  'ui.system.schemaNone': 'not set up yet',
  'ui.system.schemaStepOther': 'structure update',
  'ui.system.schemaStep.001-initial': 'initial structure',
  'ui.system.schemaStep.002-scheme-versions': 'scheme versions',
  'ui.system.schemaStep.003-stages-and-inputs': 'stages and rating sources',
  'ui.system.schemaStep.004-history-and-penalties': 'assessment history and penalties',
  'ui.system.schemaStep.005-decisions-notice-appeals': 'decisions, notice and appeals',
  'ui.system.schemaStep.006-objectives-and-key-results': 'objectives',
  'ui.system.schemaStep.007-audit-chain': 'tamper-evident audit log',
  'ui.system.schemaStep.008-accounts': 'accounts and permissions',
  'ui.empty.roster': 'The roster is empty: click "Import roster" at the top right, choose the unit\u2019s roster workbook (Excel), check the preview and confirm.',
  'ui.empty.rosterReader': 'The roster is empty: the assessment staff import it.',
  'ui.empty.periods': 'No assessment periods yet: import the roster and a scheme first, then choose a kind and a period id above and click "Create".',
  'ui.empty.periodsReader': 'No assessment periods yet: the assessment staff create them.',
  'ui.empty.results': 'No results for this period yet: import or enter the ratings under "Ratings", then click "Compute" at the top right.',
  'ui.empty.resultsReader': 'No results for this period yet: they appear once the assessment staff compute them.',
  'ui.empty.uses': 'This list is empty: once the annual assessment is computed and its grades decided, the people concerned are listed here.',
}
