import type { ImportPreview, ImportProblem, OfficeCalendar } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { calendarFields } from '../../excel/fields'
import { cellText, parseDate } from '../../excel/normalize'
import { buildPreview, readImportFile } from '../../excel/read-import'
import { problemText } from '../../excel/problems'
import { problemAt } from '../ratings/ratings-rows'
import { rowChoice } from '../history/history-rows'
import type { Importer } from '../imports/importer'
import { checkedCalendar, loadCalendar, saveCalendar } from './calendar-store'
import { weekday } from './dates'

const kinds = ['放假', '上班'] as const
type DayKind = (typeof kinds)[number]

export interface CalendarPlan {
  preview: ImportPreview
  /** the office's calendar after the write: the file's years replaced by the file */
  after: OfficeCalendar | null
  before: OfficeCalendar
  years: number[]
}

/** 休息 / 休 / 放假日 for a day off, 班 / 工作日 / 调休上班 for a day worked: how offices write the 类型. */
function normaliseKind(s: string): string {
  if (/^(放假|休息?|假|节假日|放假日|休息日)$/.test(s)) return '放假'
  if (/^(上班|班|工作日?|调休上班|补班|上班日)$/.test(s)) return '上班'
  return s
}

/**
 * Reads a 节假日安排 workbook (日期 / 类型 放假|上班 / 名称). Problems name sheet, row, column and
 * the value: a date that does not exist, a kind other than 放假/上班, a day listed twice, a 上班 day
 * that is not a Saturday or Sunday. Every year in the file becomes the office's own, whole.
 */
async function plan(input: Parameters<Importer<'calendar'>['plan']>[0], ctx: Parameters<Importer<'calendar'>['plan']>[1]): Promise<CalendarPlan> {
  const read = await readImportFile(input.file, 'calendar', calendarFields, ctx, { afterNote: input.afterNote })
  const before = await loadCalendar(ctx.db)
  const problems: ImportProblem[] = []
  const table = read.search.table
  if (!table) return { preview: buildPreview(read, { adds: 0, changes: 0, unchanged: 0 }, problems, [], []), after: null, before, years: [] }
  ctx.progress(0, table.rows.length, 'progress.checking')
  const seen = new Map<string, number>()
  const days: { row: number; date: string; kind: DayKind; name: string }[] = []
  for (const r of table.rows) {
    const cell = r.values.date ?? null
    const date = parseDate(cell)
    const kind = rowChoice(table, r, 'kind', kinds, problems, { normalise: normaliseKind })
    if (kind.ok && kind.value === null && !r.flagged.has('kind')) problems.push(problemAt(table, r.row, 'kind', problemText('import.problem.required')))
    if (!date.ok) {
      problems.push(problemAt(table, r.row, 'date', problemText('import.problem.badDate', { value: cellText(cell) ?? '' })))
      continue
    }
    if (date.value === null) {
      if (!r.flagged.has('date')) problems.push(problemAt(table, r.row, 'date', problemText('import.problem.required')))
      continue
    }
    if (!kind.ok || kind.value === null) continue
    const first = seen.get(date.value)
    if (first !== undefined) {
      problems.push(problemAt(table, r.row, 'date', problemText('calendar.import.twice', { date: date.value, other: first })))
      continue
    }
    seen.set(date.value, r.row)
    const wd = weekday(date.value)
    if (kind.value === '上班' && wd !== 0 && wd !== 6) {
      problems.push(problemAt(table, r.row, 'kind', problemText('calendar.import.workdayNotWeekend', { date: date.value })))
      continue
    }
    days.push({ row: r.row, date: date.value, kind: kind.value, name: cellText(r.values.name ?? null) ?? '' })
  }
  const years = [...new Set(days.map((d) => Number(d.date.slice(0, 4))))].sort((a, b) => a - b)
  const kept = (list: OfficeCalendar['holidays']) => list.filter((d) => !years.includes(Number(d.date.slice(0, 4))))
  const after = checkedCalendar({
    holidays: [...kept(before.holidays), ...days.filter((d) => d.kind === '放假').map((d) => ({ date: d.date, name: d.name }))],
    makeUpDays: [...kept(before.makeUpDays), ...days.filter((d) => d.kind === '上班').map((d) => ({ date: d.date, name: d.name }))],
  })
  const old = new Map([...before.holidays.map((d) => [d.date, `放假|${d.name}`] as const), ...before.makeUpDays.map((d) => [d.date, `上班|${d.name}`] as const)])
  const counts = { adds: 0, changes: 0, unchanged: 0 }
  for (const d of days) {
    const was = old.get(d.date)
    if (was === undefined) counts.adds++
    else if (was === `${d.kind}|${d.name}`) counts.unchanged++
    else counts.changes++
  }
  const notes = years.length ? [t('calendar.import.years', { years: years.join('、') })] : []
  const sample = days.slice(0, 10).map((d) => ({ [t('calendar.import.col.date')]: d.date, [t('calendar.import.col.kind')]: d.kind, [t('calendar.import.col.name')]: d.name }))
  return { preview: buildPreview(read, counts, problems, notes, sample), after, before, years }
}

/** 节假日安排: the file's years replace the office's entries for them, in one write, audited. */
export const calendarImporter: Importer<'calendar', CalendarPlan> = {
  plan,
  async write(p, input, ctx) {
    if (!p.after) return { written: 0, batchId: null }
    await saveCalendar(ctx.db, p.after)
    ctx.audit({ entity: 'calendar', entityId: 'calendar', before: p.before, after: { ...p.after, file: input.file.fileName, years: p.years } })
    const written = p.preview.adds + p.preview.changes
    return { written, batchId: null }
  },
}
