import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Notice } from '../../../shared/contract/notice'
import type { ResultUses } from '../../../shared/contract/uses'
import type { HandlerContext } from '../context'
import type { ExportedFile } from '../../../shared/contract/report'
import { t } from '../../../shared/i18n'
import { sensitiveView, showSensitive, type SensitiveView } from '../../../shared/domain/sensitive-fields'
import { buildAnnualReport } from '../../excel/write/annual-report'
import type { AnnualReportInput, FormPerson } from '../../excel/write/annual-report-input'
import type { ReportPeriod } from '../../excel/write/report-input'
import { gradeDistributionOption } from '../../../shared/charts/grade-distribution'
import { renderChartPng } from '../../charts/render-png'
import { assessmentTitled } from '../../excel/write/report-words'
import { readResults } from '../results/read-results'
import { loadNotice } from '../notice/notice-queries'
import { chineseDate } from '../notice/dates'
import { statusWord } from '../stages/stage-queries'
import { usesHandlers } from '../uses/handlers'
import { loadDepartmentOrder, loadUnitName } from './report-queries'

/**
 * Everything the annual report shows, read through the same loaders as the screens: results-list,
 * notice-get and uses-list, so the workbook never disagrees with what the clerk saw.
 */
export async function loadAnnualReport(
  ctx: HandlerContext,
  period: ReportPeriod,
  scheme: { name: string; version: number },
  omitSensitive = false,
): Promise<AnnualReportInput> {
  const db = ctx.db
  const sensitive = sensitiveView(ctx.caller.role, omitSensitive)
  const results = await readResults(db, period.id)
  const notice: Notice | null = await loadNotice(db, period.id)
  // the handler itself, so statuses and notes marked on the lists come with them
  const uses: ResultUses = await usesHandlers['uses-list']({ year: period.year }, ctx)
  const computation = await db.selectFrom('computations').select('computed_by').where('period_id', '=', period.id).executeTakeFirst()
  const status = await db.selectFrom('periods').select('status').where('id', '=', period.id).executeTakeFirstOrThrow()
  return {
    results,
    period,
    scheme,
    unitName: await loadUnitName(db),
    departmentOrder: await loadDepartmentOrder(db),
    computedBy: computation?.computed_by ?? '',
    status: statusWord(status.status),
    notice,
    uses,
    forms: await loadFormPeople(db, period.id, sensitive),
    sensitive,
    formatDate: chineseDate,
  }
}

/** Position, rank title, the form's personal lines (出生年月 as `sensitive` shows it) and the self and leader stages, by staff number. */
async function loadFormPeople(db: Kysely<Database>, periodId: string, sensitive: SensitiveView): Promise<Map<string, FormPerson>> {
  const people = await db.selectFrom('people').select(['id', 'staff_no', 'position_class', 'rank_title', 'gender', 'birth', 'political']).execute()
  const stages = await db
    .selectFrom('stages')
    .select(['person_id', 'stage', 'text', 'comment'])
    .where('period_id', '=', periodId)
    .where('stage', 'in', ['self', 'leader'])
    .execute()
  const byPerson = new Map<number, { self: string | null; leader: string | null }>()
  for (const s of stages) {
    const entry = byPerson.get(s.person_id) ?? { self: null, leader: null }
    if (s.stage === 'self') entry.self = s.text
    else entry.leader = s.comment
    byPerson.set(s.person_id, entry)
  }
  return new Map(
    people.map((p) => {
      const st = byPerson.get(p.id)
      const shown = showSensitive({ birth: p.birth }, sensitive)
      const person: FormPerson = {
        position: p.position_class,
        rankTitle: p.rank_title,
        gender: p.gender,
        birth: shown.birth,
        political: p.political,
        selfReport: st?.self ?? null,
        leaderComment: st?.leader ?? null,
      }
      return [p.staff_no, person]
    }),
  )
}

/** pixels: 5 : 3, inside the width of a portrait A4 page between the margins (about 690 px at 96 dpi) */
const CHART_SIZE = { width: 640, height: 384 }

/** 'report-export' on an annual period: the annual report workbook, with progress and cancel per sheet and per chunk of rows. */
export async function exportAnnualReport(
  ctx: HandlerContext,
  period: ReportPeriod,
  scheme: { name: string; version: number },
  omitSensitive = false,
): Promise<ExportedFile> {
  const input = await loadAnnualReport(ctx, period, scheme, omitSensitive)
  await ctx.checkpoint()
  const bytes = await buildAnnualReport(input, {
    chart: async (counts) => {
      const option = gradeDistributionOption({
        grades: counts,
        title: t('annualReport.title.distribution', assessmentTitled(input)),
        total: input.results.rows.length,
      })
      const { png, cjkFont } = await renderChartPng(option, CHART_SIZE)
      return { png, ...CHART_SIZE, ...(cjkFont ? {} : { note: t('annualReport.distribution.noFont') }) }
    },
    tick: async (done, total) => {
      ctx.progress(done, total, 'progress.exporting')
      await ctx.checkpoint()
    },
  })
  return { fileName: t('annualReport.fileName', { year: period.year }), dataBase64: bytes.toString('base64') }
}
