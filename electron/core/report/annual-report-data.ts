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
import { loadDepartmentOrder, loadUnitName, loadUnitParent } from './report-queries'
import { exportFileName } from '../../excel/write/file-name'
import { peopleInReach, personRowsInReach, reachesDepartment, scopeWords, type DepartmentReach } from '../scope/department-reach'

/**
 * Everything the annual report shows, read through the same loaders as the screens: results-list,
 * notice-get and uses-list, so the workbook never disagrees with what the clerk saw. Within `reach`:
 * a limited account's report lists only its departments' people — results, notice, forms, and of
 * the uses lists (drawn up over the whole unit) only the items of its people and departments.
 */
export async function loadAnnualReport(
  ctx: HandlerContext,
  period: ReportPeriod,
  scheme: { name: string; version: number },
  reach: DepartmentReach,
  omitSensitive = false,
): Promise<AnnualReportInput> {
  const db = ctx.db
  const sensitive = sensitiveView(ctx.caller.role, omitSensitive)
  const results = await readResults(db, period.id, reach)
  const notice: Notice | null = await loadNotice(db, period.id, reach)
  // the handler itself, so statuses and notes marked on the lists come with them
  const unitUses: ResultUses = await usesHandlers['uses-list']({ year: period.year }, ctx)
  const uses: ResultUses = { ...unitUses, lists: unitUses.lists.map((l) => ({ ...l, items: l.items.filter((i) => reachesDepartment(reach, i.department)) })) }
  const computation = await db.selectFrom('computations').select('computed_by').where('period_id', '=', period.id).executeTakeFirst()
  const status = await db.selectFrom('periods').select('status').where('id', '=', period.id).executeTakeFirstOrThrow()
  return {
    results,
    period,
    scheme,
    unitName: await loadUnitName(db),
    unitParent: await loadUnitParent(db),
    departmentOrder: await loadDepartmentOrder(db),
    scope: scopeWords(reach),
    computedBy: computation?.computed_by ?? '',
    status: statusWord(status.status),
    notice,
    uses,
    forms: await loadFormPeople(db, period.id, reach, sensitive),
    sensitive,
    formatDate: chineseDate,
  }
}

/** Position, rank title, the form's personal lines (出生年月 as `sensitive` shows it) and the self and leader stages, by staff number, of the people within `reach`. */
async function loadFormPeople(db: Kysely<Database>, periodId: string, reach: DepartmentReach, sensitive: SensitiveView): Promise<Map<string, FormPerson>> {
  const people = await peopleInReach(
    db.selectFrom('people').select(['people.id', 'people.staff_no', 'people.position_class', 'people.rank_title', 'people.gender', 'people.birth', 'people.political']),
    reach,
  ).execute()
  const stages = await personRowsInReach(
    db.selectFrom('stages').select(['stages.person_id', 'stages.stage', 'stages.text', 'stages.comment']).where('stages.period_id', '=', periodId).where('stages.stage', 'in', ['self', 'leader']),
    'stages.person_id',
    reach,
  ).execute()
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
  reach: DepartmentReach,
  omitSensitive = false,
): Promise<ExportedFile> {
  const input = await loadAnnualReport(ctx, period, scheme, reach, omitSensitive)
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
  return { fileName: exportFileName({ unit: input.unitName, period, content: t('exportName.annualReport') }), dataBase64: bytes.toString('base64') }
}
