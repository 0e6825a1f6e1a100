import type { Kysely } from 'kysely'
import { type FileInput } from '../../../shared/contract'
import { ballotScore } from '../../../shared/domain/input-scores'
import { t } from '../../../shared/i18n'
import type { Database } from '../../db/schema'
import { ballotFields } from '../../excel/fields'
import { problemText, sheetProblem } from '../../excel/problems'
import type { ImportProgress, ReadChoices } from '../../excel/read-import'
import type { RatedPerson, SchemeIndicator } from '../ratings/ratings-rows'
import type { Importer } from '../imports/importer'
import { periodBatch } from './batches'
import { chooseIndicator } from './choose-indicator'
import { round2, rowCount, rowPerson } from './input-rows'
import { planInput, type InputPlan, type RowReader } from './plan-input'

export const ballotChoices = ['excellent', 'competent', 'basic', 'incompetent', 'unknown'] as const
export type BallotVotes = Record<(typeof ballotChoices)[number], number>

/** The vote columns are named by the choices themselves (优秀 …), as the template writes them. */
const voteLabel = (key: string): string => ballotFields.find((f) => f.key === key)?.label ?? key

export interface BallotRow {
  row: number
  person: RatedPerson
  indicator: SchemeIndicator
  votes: BallotVotes
  score: number | null
}

/** 民主测评 vote counts per person, for the scheme's 票决 indicator (the one named when several). */
export async function planBallotsImport(
  db: Kysely<Database>,
  input: { period: string; file: FileInput; indicator?: string } & ReadChoices,
  ctx: ImportProgress,
): Promise<InputPlan<BallotRow>> {
  let indicator: SchemeIndicator | null = null
  const reader: RowReader<BallotRow> = {
    start(lk, table, problems, notes) {
      indicator = chooseIndicator(lk.indicators, (i) => i.mode === '票决', input.indicator, t('inputs.what.ballots'), lk.schemeName)
      notes.push(t('inputs.note.indicator', { indicator: `${indicator.code} ${indicator.name}` }))
      if (!ballotChoices.some((c) => table.byField.has(c))) problems.push(sheetProblem('error', table.sheet, problemText('inputs.problem.noVoteColumns')))
    },
    row(table, r, lk, problems, zeros) {
      const person = rowPerson(table, r, lk.people, problems, zeros)
      const votes = {} as BallotVotes
      let ok = true
      for (const c of ballotChoices) {
        const n = rowCount(table, r, c, problems)
        if (!n.ok) ok = false
        else votes[c] = n.value ?? 0
      }
      if (!person || !ok || !indicator) return null
      const score = ballotScore({ 优秀: votes.excellent, 称职: votes.competent, 基本称职: votes.basic, 不称职: votes.incompetent, 不了解: votes.unknown })
      return { row: r.row, person, indicator, votes, score }
    },
    key: (b) => `${b.person.id}|${b.indicator.id}`,
    sample: (b) => ({
      [t('import.field.ratings.staffNo')]: b.person.staffNo,
      [t('import.field.ratings.name')]: b.person.name,
      ...Object.fromEntries(ballotChoices.map((c) => [voteLabel(c), b.votes[c]])),
      [t('inputs.sample.score')]: round2(b.score),
    }),
  }
  return planInput(db, input.period, input, ballotFields, ctx, reader, async (exclude) => {
    let q = db
      .selectFrom('ballots')
      .leftJoin('import_batches', 'import_batches.id', 'ballots.batch_id')
      .select(['ballots.person_id', 'ballots.indicator_id', 'ballots.source_row', 'import_batches.file_name'])
      .where('ballots.period_id', '=', input.period)
    if (exclude !== null) q = q.where((eb) => eb.or([eb('ballots.batch_id', 'is', null), eb('ballots.batch_id', '!=', exclude)]))
    const rows = await q.execute()
    return new Map(rows.map((r) => [`${r.person_id}|${r.indicator_id}`, { file: r.file_name ?? '', row: r.source_row }]))
  }, 'staffNo')
}

/** 民主测评: one row of vote counts per person, for the one 票决 indicator the file feeds. */
export const ballotsImporter: Importer<'ballots', InputPlan<BallotRow>> = {
  plan: (input, ctx) => planBallotsImport(ctx.db, input, ctx),
  ...periodBatch<BallotRow, InputPlan<BallotRow>>('ballots', (rows, batchId, input, ctx) =>
    ctx.db
      .insertInto('ballots')
      .values(rows.map((b) => ({ period_id: input.period, person_id: b.person.id, indicator_id: b.indicator.id, ...b.votes, batch_id: batchId, source_row: b.row })))
      .execute(),
  ),
}
