import type { HandlerMap } from '../context'
import { t } from '../../../shared/i18n'
import { schemeBalance } from '../../../shared/domain/scheme-balance'
import { AppError } from '../../../shared/contract/app-error'
import { loadIndicators } from './scheme-queries'
import { localToday } from './scheme-effective'
import { findSchemeVersion } from './scheme-version'

export const schemeCheckHandlers: HandlerMap<'scheme-check'> = {
  /** Validity and balance of one version, judged against the roster and the periods on record. */
  async 'scheme-check'(input, ctx) {
    const scheme = await findSchemeVersion(ctx.db, input.name, input.version)
    const indicators = await loadIndicators(ctx.db, scheme.id)
    const roster = await ctx.db
      .selectFrom('people')
      .innerJoin('departments', 'departments.id', 'people.department_id')
      .select(['people.position_class', 'departments.name', 'departments.path'])
      .distinct()
      .execute()
    const periods = await ctx.db.selectFrom('periods').select(['id', 'start_date', 'end_date']).orderBy('id').execute()
    const asked = input.period?.trim()
    const period = asked ? periods.find((p) => p.id === asked) : undefined
    if (asked && !period) throw new AppError('not-found', t('scheme.periodNotFound', { id: asked }))
    const today = localToday()
    const balance = schemeBalance({
      indicators,
      roster: roster.map((r) => ({ positionClass: r.position_class, department: r.name, departmentPath: r.path })),
      window: period ? { start: period.start_date, end: period.end_date } : { start: today, end: today },
      periods: (period ? [period] : periods).map((p) => ({ id: p.id, start: p.start_date, end: p.end_date })),
    })
    const items = balance.findings.map((f) => ({ severity: f.severity, rule: f.rule, indicator: f.indicator, message: t(f.key, f.params) }))
    return { name: scheme.name, version: scheme.version, ok: !items.some((i) => i.severity === 'error'), items, quantityShare: balance.quantityShare }
  },
}
