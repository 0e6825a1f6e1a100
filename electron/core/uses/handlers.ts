import type { ResultUses, UseItem, UseListKind } from '../../../shared/contract/uses'
import { t } from '../../../shared/i18n'
import type { HandlerMap } from '../context'
import { AppError } from '../../../shared/contract/app-error'
import { buildUsesWorkbook } from '../../excel/write/uses-workbook'
import { exportFileName } from '../../excel/write/file-name'
import { loadUnitName, loadUnitParent } from '../report/report-queries'
import { buildLists, type RawItem } from './build-lists'
import { loadUsesFacts } from './uses-facts'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'

type Stored = { status: string; note: string | null; updated_by: string; updated_at: string }
const key = (kind: string, subject: string) => `${kind}\u0000${subject}`

/** a staff number typed without the leading zeros a spreadsheet dropped (123 for 00123) */
const sameStaffNo = (staffNo: string | null, typed: string) => staffNo !== null && /^\d+$/.test(typed) && staffNo.replace(/^0+/, '') === typed.replace(/^0+/, '')

function withStatus(item: RawItem, stored: Stored | undefined): UseItem {
  return {
    ...item,
    status: stored?.status === 'done' ? 'done' : 'pending',
    note: stored?.note ?? null,
    updatedBy: stored?.updated_by ?? null,
    updatedAt: stored?.updated_at ?? null,
  }
}

/**
 * The year's lists as the rules give them now, each item with its stored status (pending until
 * marked). A stored status whose person has left a list (a grade corrected on appeal) stays in the
 * table but is not shown: the lists always follow the current grades.
 */
async function resultUses(db: Kysely<Database>, year: number): Promise<{ uses: ResultUses; facts: Awaited<ReturnType<typeof loadUsesFacts>> }> {
  const facts = await loadUsesFacts(db, year)
  const stored = await db.selectFrom('result_uses').selectAll().where('year', '=', year).execute()
  const byKey = new Map(stored.map((s) => [key(s.list, s.subject), s]))
  const lists = buildLists(facts).map((l) => ({ ...l, items: l.items.map((i) => withStatus(i, byKey.get(key(l.kind, i.subject)))) }))
  return { uses: { year, annualPeriod: facts.annualPeriod?.id ?? null, lists }, facts }
}

export const usesHandlers: HandlerMap<'uses-list' | 'uses-mark' | 'uses-export'> = {
  async 'uses-list'(input, ctx) {
    return (await resultUses(ctx.db, input.year)).uses
  },

  async 'uses-mark'(input, ctx) {
    const { uses } = await resultUses(ctx.db, input.year)
    const list = uses.lists.find((l) => l.kind === input.kind)
    const typed = input.subject.normalize('NFKC').trim()
    const item = list?.items.find((i) => i.subject === typed) ?? list?.items.find((i) => sameStaffNo(i.staffNo, typed))
    if (!list || !item) throw new AppError('not-found', t('uses.error.notOnList', { subject: typed, year: input.year, list: t(`uses.list.${input.kind as UseListKind}`) }))
    const subject = item.subject
    const now = new Date().toISOString()
    const note = input.note === undefined ? item.note : input.note.trim() || null
    const values = { status: input.status, note, updated_by: ctx.caller.name, updated_at: now }
    await ctx.db
      .insertInto('result_uses')
      .values({ year: input.year, list: input.kind, subject, ...values })
      .onConflict((oc) => oc.columns(['year', 'list', 'subject']).doUpdateSet(values))
      .execute()
    const after: UseItem = { ...item, status: input.status, note, updatedBy: ctx.caller.name, updatedAt: now }
    ctx.audit({
      entity: 'result_use',
      entityId: `${input.year}/${input.kind}/${subject}`,
      before: { status: item.status, note: item.note },
      after: { status: after.status, note: after.note },
    })
    return after
  },

  async 'uses-export'(input, ctx) {
    ctx.progress(0, 1, 'progress.exporting')
    const { uses, facts } = await resultUses(ctx.db, input.year)
    const unitName = await loadUnitName(ctx.db)
    await ctx.checkpoint()
    const bytes = await buildUsesWorkbook({
      uses,
      annualPeriod: facts.annualPeriod,
      quarterPeriods: facts.quarterPeriods,
      generatedAt: new Date(),
      unitName,
      unitParent: await loadUnitParent(ctx.db),
    })
    ctx.progress(1, 1, 'progress.exporting')
    return { fileName: exportFileName({ unit: unitName, period: t('exportName.year', { year: input.year }), content: t('exportName.uses') }), dataBase64: bytes.toString('base64') }
  },
}
