import type { Kysely } from 'kysely'
import { type FileInput } from '../../../shared/contract'
import { satisfactionScore } from '../../../shared/domain/input-scores'
import { t } from '../../../shared/i18n'
import type { Database } from '../../db/schema'
import { satisfactionFields } from '../../excel/fields'
import { cellText, keyText, normStaffNo, parseNumber } from '../../excel/normalize'
import { problemText, sheetProblem } from '../../excel/problems'
import type { ImportProgress, ReadChoices } from '../../excel/read-import'
import { problemAt, type RatedPerson, type SchemeIndicator } from '../ratings/ratings-rows'
import type { Importer } from '../imports/importer'
import { periodBatch } from './batches'
import { chooseIndicator } from './choose-indicator'
import { round2, rowCount, rowPerson } from './input-rows'
import { planInput, type InputPlan, type RowReader } from './plan-input'

export interface SatisfactionRow {
  row: number
  person: RatedPerson | null
  department: { id: number; path: string } | null
  indicator: SchemeIndicator
  satisfied: number | null
  basic: number | null
  dissatisfied: number | null
  /** 0–1 */
  rate: number | null
  score: number | null
}

/** A satisfaction indicator by default: its name says 满意度 or 群众. */
const looksLikeSatisfaction = (i: SchemeIndicator) => i.name.includes('满意度') || i.name.includes('群众')

/** 满意率 as written: 85%, 0.85 and 85 all mean 0.85. */
function parseRate(v: Parameters<typeof parseNumber>[0]): number | null {
  const p = parseNumber(v)
  if (!p.ok) return null
  const rate = p.percent || p.value > 1 ? p.value / 100 : p.value
  return rate >= 0 && rate <= 1 ? rate : null
}

/** 群众满意度 by person (工号) or by department, as response counts or a rate. */
export async function planSatisfactionImport(
  db: Kysely<Database>,
  input: { period: string; file: FileInput; indicator?: string } & ReadChoices,
  ctx: ImportProgress,
): Promise<InputPlan<SatisfactionRow>> {
  const depts = await db.selectFrom('departments').select(['id', 'name', 'path']).execute()
  const byPath = new Map(depts.map((d) => [keyText(d.path) ?? d.path, d]))
  let indicator: SchemeIndicator | null = null
  const reader: RowReader<SatisfactionRow> = {
    start(lk, table, problems, notes) {
      indicator = chooseIndicator(lk.indicators, looksLikeSatisfaction, input.indicator, t('inputs.what.satisfaction'), lk.schemeName)
      notes.push(t('inputs.note.indicator', { indicator: `${indicator.code} ${indicator.name}` }))
      const counts = ['satisfied', 'basic', 'dissatisfied'].some((k) => table.byField.has(k))
      if (!counts && !table.byField.has('rate')) problems.push(sheetProblem('error', table.sheet, problemText('inputs.problem.noSatisfactionColumns')))
    },
    row(table, r, lk, problems, zeros) {
      let person: RatedPerson | null = null
      let department: { id: number; path: string } | null = null
      if (normStaffNo(r.values.staffNo ?? null) !== null || !table.byField.has('department')) {
        person = rowPerson(table, r, lk.people, problems, zeros)
        if (!person) return null
      } else {
        const name = keyText(r.values.department ?? null)
        if (name === null) {
          problems.push(problemAt(table, r.row, 'department', problemText('import.problem.required')))
          return null
        }
        const hits = byPath.has(name) ? [byPath.get(name)!] : depts.filter((d) => (keyText(d.name) ?? d.name) === name)
        if (hits.length !== 1) {
          const msg = hits.length === 0 ? problemText('inputs.problem.unknownDepartment', { value: name }) : problemText('inputs.problem.ambiguousDepartment', { value: name, list: hits.map((h) => h.path).join('、') })
          problems.push(problemAt(table, r.row, 'department', msg))
          return null
        }
        department = { id: hits[0].id, path: hits[0].path }
      }
      const c = {
        satisfied: rowCount(table, r, 'satisfied', problems),
        basic: rowCount(table, r, 'basic', problems),
        dissatisfied: rowCount(table, r, 'dissatisfied', problems),
      }
      if (!c.satisfied.ok || !c.basic.ok || !c.dissatisfied.ok || !indicator) return null
      let rate: number | null = null
      const rateText = cellText(r.values.rate ?? null)
      if (rateText !== null) {
        rate = parseRate(r.values.rate ?? null)
        if (rate === null) {
          problems.push(problemAt(table, r.row, 'rate', problemText('inputs.problem.badRate', { value: rateText })))
          return null
        }
      }
      const [s, b, d] = [c.satisfied.value, c.basic.value, c.dissatisfied.value]
      const hasCounts = s !== null || b !== null || d !== null
      if (!hasCounts && rate === null) {
        problems.push(problemAt(table, r.row, table.byField.has('rate') ? 'rate' : 'satisfied', problemText('inputs.problem.noResponses')))
        return null
      }
      const score = hasCounts ? satisfactionScore({ counts: { 满意: s ?? 0, 基本满意: b ?? 0, 不满意: d ?? 0 } }) : satisfactionScore({ rate: rate as number })
      return { row: r.row, person, department, indicator, satisfied: s, basic: b, dissatisfied: d, rate, score }
    },
    key: (x) => (x.person ? `p${x.person.id}|${x.indicator.id}` : `d${x.department?.id}|${x.indicator.id}`),
    sample: (x) => ({
      [t('import.field.ratings.staffNo')]: x.person?.staffNo ?? null,
      [t('import.field.ratings.name')]: x.person?.name ?? null,
      [t('inputs.sample.department')]: x.person?.department ?? x.department?.path ?? null,
      [t('inputs.sample.responses')]: x.satisfied === null && x.basic === null && x.dissatisfied === null ? null : `${x.satisfied ?? 0}/${x.basic ?? 0}/${x.dissatisfied ?? 0}`,
      [t('inputs.sample.rate')]: x.rate === null ? null : round2(x.rate * 100),
      [t('inputs.sample.score')]: round2(x.score),
    }),
  }
  return planInput(db, input.period, input, satisfactionFields, ctx, reader, async (exclude) => {
    let q = db
      .selectFrom('satisfaction')
      .leftJoin('import_batches', 'import_batches.id', 'satisfaction.batch_id')
      .select(['satisfaction.person_id', 'satisfaction.department_id', 'satisfaction.indicator_id', 'satisfaction.source_row', 'import_batches.file_name'])
      .where('satisfaction.period_id', '=', input.period)
    if (exclude !== null) q = q.where((eb) => eb.or([eb('satisfaction.batch_id', 'is', null), eb('satisfaction.batch_id', '!=', exclude)]))
    const rows = await q.execute()
    return new Map(
      rows.map((r) => [r.person_id !== null ? `p${r.person_id}|${r.indicator_id}` : `d${r.department_id}|${r.indicator_id}`, { file: r.file_name ?? '', row: r.source_row }]),
    )
  }, 'staffNo')
}

/** 群众满意度: counts or a rate per person, or for a whole department, for the one indicator the file feeds. */
export const satisfactionImporter: Importer<'satisfaction', InputPlan<SatisfactionRow>> = {
  plan: (input, ctx) => planSatisfactionImport(ctx.db, input, ctx),
  ...periodBatch<SatisfactionRow, InputPlan<SatisfactionRow>>('satisfaction', (rows, batchId, input, ctx) =>
    ctx.db
      .insertInto('satisfaction')
      .values(
        rows.map((s) => ({
          period_id: input.period,
          person_id: s.person?.id ?? null,
          department_id: s.department?.id ?? null,
          indicator_id: s.indicator.id,
          satisfied: s.satisfied,
          basic: s.basic,
          dissatisfied: s.dissatisfied,
          rate: s.rate,
          batch_id: batchId,
          source_row: s.row,
        })),
      )
      .execute(),
  ),
}
