import type { Kysely } from 'kysely'
import type { HandlerMap } from '../context'
import type { Database } from '../../db/schema'
import type { Indicator, IndicatorInput } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { blockingRules, schemeBalance } from '../../../shared/domain/scheme-balance'
import { AppError } from '../../../shared/contract/app-error'
import { loadIndicators } from './scheme-queries'
import { assertEditable, findSchemeVersion, readScheme } from './scheme-version'

/** The fields of an indicator a save can change; id and sort order are the store's business. */
const contentFields = ['name', 'parentCode', 'weight', 'layer', 'scope', 'nature', 'mode', 'target', 'direction', 'cap', 'validFrom', 'validTo', 'description'] as const

export const schemeSaveHandlers: HandlerMap<'scheme-save' | 'scheme-new-version'> = {
  /**
   * Replaces a draft version's indicators with the list given, matched by code: an unchanged code
   * keeps its row (and so its id, which ratings point at), a new code is inserted, a missing one is
   * deleted unless ratings use it.
   */
  async 'scheme-save'(input, ctx) {
    const scheme = await findSchemeVersion(ctx.db, input.name, input.version)
    await assertEditable(ctx.db, scheme)
    // a blank definition is no definition: the balance check and the export treat both alike
    const next = input.indicators.map((r, i) => ({ ...r, description: r.description?.trim() ? r.description : null, sortOrder: i + 1 }))
    const today = new Date().toISOString().slice(0, 10)
    const broken = schemeBalance({ indicators: next, roster: [], window: { start: today, end: today }, periods: [] }).findings.filter((f) =>
      (blockingRules as readonly string[]).includes(f.rule),
    )
    if (broken.length) throw new AppError('invalid-input', t('scheme.save.invalid', { problems: broken.map((f) => t(f.key, f.params)).join('') }))

    const current = await loadIndicators(ctx.db, scheme.id)
    const byCode = new Map(current.map((c) => [c.code, c]))
    const nextCodes = new Set(next.map((n) => n.code))
    const removed = current.filter((c) => !nextCodes.has(c.code))
    await refuseRated(ctx.db, removed)

    const entityId = (code: string) => `${scheme.name}/${scheme.version}/${code}`
    if (removed.length) await ctx.db.deleteFrom('indicators').where('id', 'in', removed.map((r) => r.id)).execute()
    for (const r of removed) ctx.audit({ entity: 'indicator', entityId: entityId(r.code), before: r, after: null })

    for (const n of next) {
      const before = byCode.get(n.code)
      if (!before) {
        const row = await ctx.db.insertInto('indicators').values(toRow(n, scheme.id)).returning('id').executeTakeFirstOrThrow()
        ctx.audit({ entity: 'indicator', entityId: entityId(n.code), before: null, after: { id: row.id, code: n.code, ...pick(n), sortOrder: n.sortOrder } })
        continue
      }
      const changed = contentFields.filter((f) => !same(before[f], n[f]))
      if (changed.length === 0 && before.sortOrder === n.sortOrder) continue
      await ctx.db.updateTable('indicators').set(toRow(n, scheme.id)).where('id', '=', before.id).execute()
      // a row that only moved because another was inserted above it is not a change of its own
      if (changed.length) ctx.audit({ entity: 'indicator', entityId: entityId(n.code), before, after: { ...before, ...pick(n), sortOrder: n.sortOrder } })
    }
    const order = (list: { code: string }[]) => list.map((i) => i.code)
    const kept = (list: { code: string }[]) => order(list).filter((c) => byCode.has(c) && nextCodes.has(c))
    if (kept(current).join('\n') !== kept(next).join('\n')) {
      ctx.audit({ entity: 'scheme-order', entityId: `${scheme.name}/${scheme.version}`, before: order(current), after: order(next) })
    }
    return readScheme(ctx.db, scheme)
  },

  async 'scheme-new-version'(input, ctx) {
    const from = await findSchemeVersion(ctx.db, input.name, input.fromVersion)
    const newest = await ctx.db
      .selectFrom('schemes')
      .select(({ fn }) => fn.max('version').as('v'))
      .where('name', '=', from.name)
      .executeTakeFirstOrThrow()
    const version = Number(newest.v) + 1
    const created = await ctx.db
      .insertInto('schemes')
      .values({ name: from.name, version, status: 'draft', created_at: new Date().toISOString(), based_on_version: from.version })
      .returningAll()
      .executeTakeFirstOrThrow()
    const indicators = await loadIndicators(ctx.db, from.id)
    const rows = indicators.map((i) => toRow({ ...i }, created.id))
    for (let i = 0; i < rows.length; i += 500) await ctx.db.insertInto('indicators').values(rows.slice(i, i + 500)).execute()
    ctx.audit({ entity: 'scheme', entityId: `${from.name}/${version}`, before: null, after: { name: from.name, version, basedOn: from.version, indicators: rows.length } })
    return readScheme(ctx.db, created)
  },
}

/** Deleting (or re-coding) an indicator that ratings use would orphan them: refuse, naming each one. */
async function refuseRated(db: Kysely<Database>, removed: Indicator[]): Promise<void> {
  if (removed.length === 0) return
  const uses = await db
    .selectFrom('ratings')
    .select(({ fn }) => ['indicator_id', 'period_id', fn.countAll<number>().as('n')])
    .where('indicator_id', 'in', removed.map((r) => r.id))
    .groupBy(['indicator_id', 'period_id'])
    .orderBy('period_id')
    .execute()
  if (uses.length === 0) return
  const reasons = removed.flatMap((r) => {
    const mine = uses.filter((u) => u.indicator_id === r.id)
    if (mine.length === 0) return []
    const count = mine.reduce((s, u) => s + Number(u.n), 0)
    return [t('scheme.save.rated', { indicator: `${r.code} ${r.name}`, count, periods: mine.map((u) => u.period_id).join('、') })]
  })
  throw new AppError('conflict', t('scheme.save.refused', { reasons: reasons.join('') }))
}

function pick(n: Pick<Indicator, (typeof contentFields)[number]>) {
  return Object.fromEntries(contentFields.map((f) => [f, n[f]])) as Pick<Indicator, (typeof contentFields)[number]>
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

export function toRow(n: IndicatorInput & { sortOrder: number }, schemeId: number) {
  return {
    scheme_id: schemeId,
    code: n.code,
    name: n.name,
    parent_code: n.parentCode,
    weight: n.weight,
    layer: n.layer,
    scope: JSON.stringify(n.scope),
    nature: n.nature,
    mode: n.mode,
    target: n.target,
    direction: n.direction,
    cap: n.cap,
    valid_from: n.validFrom,
    valid_to: n.validTo,
    description: n.description,
    sort_order: n.sortOrder,
  }
}
