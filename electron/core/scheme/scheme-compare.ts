import type { HandlerMap } from '../context'
import type { Indicator, SchemeDiff } from '../../../shared/contract'
import { loadIndicators } from './scheme-queries'
import { findSchemeVersion } from './scheme-version'

/** What a reader compares: the id is the store's, and the order shifts whenever a row is inserted. */
const comparedFields = ['name', 'parentCode', 'weight', 'layer', 'scope', 'nature', 'mode', 'target', 'direction', 'cap', 'validFrom', 'validTo', 'description'] as const

/** Two versions side by side, matched by code. */
export function diffIndicators(before: readonly Indicator[], after: readonly Indicator[]): Pick<SchemeDiff, 'added' | 'removed' | 'changed'> {
  const oldByCode = new Map(before.map((i) => [i.code, i]))
  const newCodes = new Set(after.map((i) => i.code))
  const changed: SchemeDiff['changed'] = []
  for (const a of after) {
    const b = oldByCode.get(a.code)
    if (!b) continue
    const fields = comparedFields.filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]))
    if (fields.length) changed.push({ code: a.code, before: b, after: a, fields: [...fields] })
  }
  return { added: after.filter((a) => !oldByCode.has(a.code)), removed: before.filter((b) => !newCodes.has(b.code)), changed }
}

export const schemeCompareHandlers: HandlerMap<'scheme-compare'> = {
  async 'scheme-compare'(input, ctx) {
    const from = await findSchemeVersion(ctx.db, input.name, input.from)
    const to = await findSchemeVersion(ctx.db, input.name, input.to)
    const diff = diffIndicators(await loadIndicators(ctx.db, from.id), await loadIndicators(ctx.db, to.id))
    return { name: from.name, from: from.version, to: to.version, ...diff }
  },
}
