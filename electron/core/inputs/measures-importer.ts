import type { Kysely } from 'kysely'
import { type FileInput } from '../../../shared/contract'
import { targetScore } from '../../../shared/domain/input-scores'
import { t } from '../../../shared/i18n'
import type { Database } from '../../db/schema'
import { measureFields } from '../../excel/fields'
import { cellText, keyText, parseNumber } from '../../excel/normalize'
import type { ImportProgress, ReadChoices } from '../../excel/read-import'
import { problemAt, type RatedPerson, type SchemeIndicator } from '../ratings/ratings-rows'
import type { Importer } from '../imports/importer'
import { periodBatch } from './batches'
import { byCode, indicatorLabel, leaves, round2, rowPerson } from './input-rows'
import { planInput, type InputPlan, type RowReader } from './plan-input'
import { problemText } from '../../excel/problems'

export interface MeasureRow {
  row: number
  person: RatedPerson
  indicator: SchemeIndicator
  actual: number
  /** null when the indicator has no target value set */
  score: number | null
}

const squash = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]+/g, '')

/** Measured values (实际值) of 目标 indicators, one per person and indicator. */
export async function planMeasuresImport(db: Kysely<Database>, input: { period: string; file: FileInput } & ReadChoices, ctx: ImportProgress): Promise<InputPlan<MeasureRow>> {
  const reader: RowReader<MeasureRow> = {
    row(table, r, lk, problems, zeros) {
      const person = rowPerson(table, r, lk.people, problems, zeros)
      const code = keyText(r.values.indicatorCode ?? null)
      const name = keyText(r.values.indicatorName ?? null)
      const where = code !== null || !table.byField.has('indicatorName') ? 'indicatorCode' : 'indicatorName'
      let indicator: SchemeIndicator | undefined
      if (code !== null) indicator = byCode(leaves(lk.indicators), code)
      else if (name !== null) indicator = leaves(lk.indicators).find((i) => squash(i.name) === name)
      else {
        problems.push(problemAt(table, r.row, where, problemText('import.problem.required')))
        return null
      }
      const shown = cellText(r.values[where] ?? null) ?? ''
      if (!indicator) {
        problems.push(problemAt(table, r.row, where, problemText('import.problem.unknownIndicator', { value: shown, scheme: lk.schemeName })))
        return null
      }
      if (indicator.mode !== '目标') {
        problems.push(problemAt(table, r.row, where, problemText('inputs.problem.notTarget', { indicator: indicatorLabel(indicator), mode: indicator.mode })))
        return null
      }
      const text = cellText(r.values.actual ?? null)
      if (text === null) {
        if (!r.flagged.has('actual')) problems.push(problemAt(table, r.row, 'actual', problemText('import.problem.required')))
        return null
      }
      const p = parseNumber(r.values.actual ?? null)
      if (!p.ok || p.value < 0) {
        problems.push(problemAt(table, r.row, 'actual', problemText('inputs.problem.badActual', { value: text })))
        return null
      }
      if (!person) return null
      const score = indicator.target === null ? null : targetScore(p.value, indicator.target, indicator.direction === '越低越好' ? 'lower' : 'higher')
      return { row: r.row, person, indicator, actual: p.value, score }
    },
    key: (m) => `${m.person.id}|${m.indicator.id}`,
    sample: (m) => ({
      [t('import.field.ratings.staffNo')]: m.person.staffNo,
      [t('import.field.ratings.name')]: m.person.name,
      [t('import.field.ratings.indicatorCode')]: m.indicator.code,
      [t('import.field.ratings.indicatorName')]: m.indicator.name,
      [t('inputs.sample.actual')]: m.actual,
      [t('inputs.sample.target')]: m.indicator.target,
      [t('inputs.sample.score')]: round2(m.score),
    }),
  }
  return planInput(db, input.period, input, measureFields, ctx, reader, async (exclude) => {
    let q = db
      .selectFrom('measures')
      .leftJoin('import_batches', 'import_batches.id', 'measures.batch_id')
      .select(['measures.person_id', 'measures.indicator_id', 'measures.source_row', 'import_batches.file_name'])
      .where('measures.period_id', '=', input.period)
    if (exclude !== null) q = q.where((eb) => eb.or([eb('measures.batch_id', 'is', null), eb('measures.batch_id', '!=', exclude)]))
    const rows = await q.execute()
    return new Map(rows.map((r) => [`${r.person_id}|${r.indicator_id}`, { file: r.file_name ?? '', row: r.source_row }]))
  }, 'staffNo')
}

/** 实际值: one measured value per person and 目标 indicator, each row naming its indicator. */
export const measuresImporter: Importer<'measures', InputPlan<MeasureRow>> = {
  plan: (input, ctx) => planMeasuresImport(ctx.db, input, ctx),
  ...periodBatch<MeasureRow, InputPlan<MeasureRow>>('measures', (rows, batchId, input, ctx) =>
    ctx.db
      .insertInto('measures')
      .values(rows.map((m) => ({ period_id: input.period, person_id: m.person.id, indicator_id: m.indicator.id, actual: m.actual, batch_id: batchId, source_row: m.row })))
      .execute(),
  ),
}
