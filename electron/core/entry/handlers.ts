import type { HandlerMap } from '../context'
import type { EntrySaveResult } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { inputsEditable } from '../../../shared/domain/period-lifecycle'
import { AppError } from '../../../shared/contract/app-error'
import { ENTRY_AUDIT_ENTITY, statusWord } from '../stages/stage-queries'
import { loadGridContext, loadRaterRatings } from './entry-grid'

type Change = { staffNo: string; code: string; before: number | null; after: number | null }

export const entryHandlers: HandlerMap<'entry-load' | 'entry-save'> = {
  async 'entry-load'(input, ctx) {
    const grid = await loadGridContext(ctx.db, input.period)
    const ratings = await loadRaterRatings(ctx.db, grid.period.id, input.role, input.rater)
    const rows = [...grid.people.values()].map((p) => {
      const own = ratings.get(p.personId)
      const scores: Record<string, number | null> = {}
      for (const code of p.applicable) {
        const list = own?.get(grid.leaves.get(code)!.id)
        scores[code] = list && list.length > 0 ? list[list.length - 1].score : null
      }
      return { staffNo: p.staffNo, name: p.name, department: p.department, applicable: grid.indicators.map((i) => i.code).filter((c) => p.applicable.has(c)), scores }
    })
    return { indicators: grid.indicators, rows }
  },

  /**
   * Each valid cell leaves exactly one rating row for person × indicator × role × rater (null: none).
   * Saving the same cells again changes nothing, so the grid may resend freely.
   */
  async 'entry-save'(input, ctx) {
    const grid = await loadGridContext(ctx.db, input.period)
    if (!inputsEditable(grid.period.status)) {
      throw new AppError('frozen', t('entry.closed', { period: grid.period.id, status: statusWord(grid.period.status) }))
    }
    const ratings = await loadRaterRatings(ctx.db, grid.period.id, input.role, input.rater)
    const rejected: EntrySaveResult['rejected'] = []
    const changes: Change[] = []
    const seen = new Set<string>()
    let saved = 0
    for (const cell of input.cells) {
      const reject = (reason: string) => rejected.push({ staffNo: cell.staffNo, code: cell.code, reason })
      const person = grid.people.get(cell.staffNo)
      const leaf = grid.leaves.get(cell.code)
      const key = `${cell.staffNo}\u0000${cell.code}`
      if (!person) reject(t('entry.reject.unknownPerson'))
      else if (!leaf) reject(t('entry.reject.unknownIndicator'))
      else if (!person.applicable.has(cell.code)) reject(t('entry.reject.notApplicable'))
      else if (cell.score !== null && !(Number.isFinite(cell.score) && cell.score >= 0 && cell.score <= 100)) reject(t('entry.reject.range', { score: cell.score }))
      else if (seen.has(key)) reject(t('entry.reject.duplicate'))
      else {
        seen.add(key)
        saved++
        const existing = ratings.get(person.personId)?.get(leaf.id) ?? []
        const before = existing.length > 0 ? existing[existing.length - 1].score : null
        if (existing.length === 1 && existing[0].score === cell.score) continue
        if (existing.length === 0 && cell.score === null) continue
        if (existing.length > 0) {
          await ctx.db.deleteFrom('ratings').where('id', 'in', existing.map((r) => r.id)).execute()
        }
        if (cell.score !== null) {
          await ctx.db
            .insertInto('ratings')
            .values({ period_id: grid.period.id, person_id: person.personId, indicator_id: leaf.id, role: input.role, rater: input.rater, score: cell.score, batch_id: null, source_row: null })
            .execute()
        }
        changes.push({ staffNo: cell.staffNo, code: cell.code, before, after: cell.score })
      }
    }
    // only a real change is recorded under the period: the lifecycle reads it to know results are stale
    if (changes.length > 0) {
      ctx.audit({
        entity: ENTRY_AUDIT_ENTITY,
        entityId: grid.period.id,
        before: { role: input.role, rater: input.rater, cells: changes.map(({ staffNo, code, before }) => ({ staffNo, code, score: before })) },
        after: { role: input.role, rater: input.rater, cells: changes.map(({ staffNo, code, after }) => ({ staffNo, code, score: after })) },
      })
    }
    return { saved, changed: changes.length, rejected }
  },
}
