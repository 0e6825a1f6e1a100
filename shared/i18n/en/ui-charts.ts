import type { uiCharts as zh } from '../zh-CN/ui-charts'

export const uiCharts: Record<keyof typeof zh, string> = {
  'nav.dashboard': 'Overview',
  'ui.charts.exportPng': 'Save image',
  'ui.charts.exportPngTip': 'Save as a PNG image to put in a report',
  'ui.charts.loading': 'Loading the chart data…',
  'ui.charts.notComputed': 'This period has no computed results yet; the charts appear once it is computed.',

  'ui.charts.explain.title': 'Performance profile',
  'ui.charts.explain.noDimensions': 'No dimension scores to compare.',
  'ui.charts.explain.noQuarters': 'No computed quarter in {year} yet.',
  'ui.charts.explain.special': 'A special assessment has no quarterly trend.',
  'ui.charts.file.radar': 'profile-{staffNo}-{name}-{period}-dimensions',
  'ui.charts.file.quarterly': 'profile-{staffNo}-{name}-{year}-quarters',

  'ui.charts.reports.title': 'Departments',
  'ui.charts.reports.heatmap': '{period}: mean dimension scores by department',
  'ui.charts.reports.grades': '{period}: grade distribution',
  'ui.charts.reports.hint': 'Means of the computed results of this period, per department and dimension; people without a grade (undetermined) have no dimension scores and are left out.',
  'ui.charts.file.heatmap': 'department-dimension-means-{period}',
  'ui.charts.file.grades': 'grades-{period}',

  'ui.dashboard.title': 'Overview',
  'ui.dashboard.noPeriod': 'No assessment period yet. A period needs the roster and a scheme: import the roster under People and a scheme under Indicators, then create the period under Periods.',
  'ui.dashboard.progress': '{period}: progress by stage',
  'ui.dashboard.progressTotal': '{n} people take part in this period',
  'ui.dashboard.noProgress': 'No stage to complete in this period.',
  'ui.dashboard.grades': '{period}: grade distribution',
  'ui.dashboard.flags': 'Open cross-check flags',
  'ui.dashboard.flagsOpen': '{n}',
  'ui.dashboard.flagsNone': 'No open flag',
  'ui.dashboard.flagsHint': 'Confirm or exclude each under Ratings → Cross-checks.',
  'ui.dashboard.facts': 'Period status',
  'ui.dashboard.people': 'Participants',
  'ui.dashboard.computed': 'Results computed',
  'ui.dashboard.file.progress': 'stage-progress-{period}',
  'ui.dashboard.file.grades': 'grades-{period}',
} as const
