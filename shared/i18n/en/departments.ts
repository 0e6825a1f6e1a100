import type { departmentsMessages as zh } from '../zh-CN/departments'

export const departmentsMessages: Record<keyof typeof zh, string> = {
  'departments.sheet.summary': 'By department',
  'departments.sheet.dimensions': 'Dimension means',
  'departments.title.notes': '{unit} {period}: about the department summary',
  'departments.title.summary': '{unit} {period}: summary by department',
  'departments.title.dimensions': '{unit} {period}: mean score per department and dimension',

  'departments.col.item': 'Item',
  'departments.col.value': 'Value',
  'departments.col.scores.total': 'Totals of those graded',
  'departments.col.scores.annual': 'Annual scores of those graded',
  'departments.col.mean': 'Mean',
  'departments.col.max': 'Highest',
  'departments.col.min': 'Lowest',
  'departments.col.dimensionMeans': 'Mean score per dimension',
  'departments.unitRow': 'Whole unit',
  'departments.none': '—',

  'departments.notes.grades': 'Grades',
  'departments.notes.shares': 'Shares are of',
  'departments.notes.sharesValue': 'each grade: its count ÷ those graded in the department; 不定等次: its count ÷ the department headcount; the total row uses the whole unit',
  'departments.notes.scores': 'Mean, highest, lowest',
  'departments.notes.scoresValue': 'of the {score}s (rounded half-up to 2 decimals) of the department’s graded people; the mean rounded half-up to 2 decimals again; 不定等次 not counted; “—” when nobody is graded',
  'departments.notes.dimensions': 'Dimension means',
  'departments.notes.dimensionsValue': 'the mean of the dimension scores of the department’s people who have one, rounded half-up to 2 decimals, the same figures as the department heat map on Reports; “—”: nobody in the department has a score on it; “Whole unit”: the mean over everyone with a score',
  'departments.score.total': 'total',
  'departments.score.annual': 'annual score',

  'departments.summary.note': 'Note: mean, highest and lowest count graded people only, by their {score} rounded to 2 decimals.',
  'departments.dimensions.note': 'Note: “—”: nobody in the department has a score on that dimension.',
  'departments.dimensions.lowestTitle': 'Department lowest on each dimension:',
  'departments.dimensions.lowest': '{dimension}: {departments} ({mean})',
  'departments.dimensions.lowestNone': '{dimension}: nobody has a score',

  'ui.report.departments.title': 'Department summary',
  'ui.report.departments.hint': 'Headcount, count and share of each grade, mean, highest and lowest score per department, and each department’s mean per dimension (as in the heat map below).',
  'ui.report.departments.export': 'Export department summary',
  'ui.report.departments.notComputed': 'This period has no computed results yet: compute it on the Results page, then export the department summary.',
}
