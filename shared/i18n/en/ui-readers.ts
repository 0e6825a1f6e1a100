import type { uiReaders as zh } from '../zh-CN/ui-readers'

export const uiReaders: Record<keyof typeof zh, string> = {
  'ui.period.needOneReader': 'No assessment period yet. It shows here once the assessment staff create one.',
  'ui.dashboard.noPeriodReader': 'No assessment period yet. Once the assessment staff create one, its progress and results show here.',
  'ui.dashboard.flagsHintReader': 'The assessment staff confirm or exclude each under Ratings → Cross-checks.',
  'ui.dashboard.okr.emptyReader': 'No objectives and key results yet. Once they are entered, the ones falling behind the calendar are listed here.',
  'ui.org.noDepartmentsReader': 'No departments yet: they show once the assessment staff import a roster.',
  'ui.history.emptyReader': 'No past grades yet.',
  'ui.scheme.emptyReader': 'No indicator scheme yet. It shows here once the assessment staff import or create one.',
  'ui.versions.frozenBannerReader': 'Version {version} is in use by period {period} and frozen: it can be viewed, not changed.',
  'ui.okr.emptyReader': 'No objectives and key results yet.',
  'ui.entry.helpReader': 'The scores entered, by rater role and rater (read only); grey cells do not apply.',
  'ui.flags.helpReader': 'A flag never changes a number by itself: the assessment staff confirm it (kept on record) or exclude the rating (left out), always with a reason.',
  'ui.results.notComputedReader': 'Not computed yet: the results show once the assessment staff compute them.',
  'ui.report.computeFirstReader': 'This period has no results yet: the report can be exported once the assessment staff compute them.',
  'ui.report.departments.notComputedReader': 'This period has no computed results yet: the department summary can be exported once they are computed.',
  'ui.report.templatesHintReader': 'The assessment staff fill them in and import them; common synonyms of the column names are understood too.',
  'ui.decide.notice.noneReader': 'No notice has been published for this period yet.',
  'ui.decide.final.waitReader': 'The notice runs until {end}. Once it has ended and every review and appeal is decided, the period can become final.',
  'ui.decide.final.mayReader': 'The notice has ended. Once every review and appeal is decided, the period can become final.',
  'ui.decide.deptGrades.noneReader': 'No departments yet.',
}
