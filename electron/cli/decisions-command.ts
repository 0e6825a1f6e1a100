import type { Exemption, GradeOverride, Period, PeriodResults, ResultRow } from '../../shared/contract'
import { t } from '../../shared/i18n'
import { lifecycleOrder } from '../../shared/domain/period-lifecycle'
import { statusWord } from '../core/stages/stage-queries'
import { call, type CommandEnv } from './command-env'
import { need, UsageError } from './options'

const flag = (env: CommandEnv, name: string): boolean => env.args.options[name] !== undefined

function print(env: CommandEnv, value: unknown, text: () => string | string[]): number {
  if (env.json) env.io.out(JSON.stringify(value, null, 2))
  else for (const line of [text()].flat()) env.io.out(line)
  return 0
}

/**
 * `approve --period ID`: 党委审定 — review → approved through period-advance, with every reason it
 * cannot. A period not in review is refused here (exit 1) with its status and what approval needs,
 * so `approve` never moves a period along any other step.
 */
export async function approveCommand(env: CommandEnv): Promise<number> {
  const id = need(env, 'period')
  const period = (await call<Period[]>(env, 'period-list', {})).find((p) => p.id === id)
  if (period && period.status !== 'review') {
    const past = lifecycleOrder.indexOf(period.status) > lifecycleOrder.indexOf('review')
    const words = { id, status: statusWord(period.status) }
    env.io.err(t(past ? 'decisions.cli.alreadyApproved' : 'decisions.cli.notInReview', words))
    return 1
  }
  // an unknown period goes to the dispatch, which names it
  const p = await call<Period>(env, 'period-advance', { id })
  return print(env, p, () => t('decisions.cli.approved', { id: p.id, status: statusWord(p.status) }))
}

/**
 * `override --period ID --staff NO --grade G --reason TEXT`: the committee's grade in place of the
 * proposal. `--remove` (with --reason) goes back to the proposal; `--list` shows the period's overrides.
 */
export async function overrideCommand(env: CommandEnv): Promise<number> {
  const period = need(env, 'period')
  if (flag(env, 'list')) {
    const list = await call<GradeOverride[]>(env, 'overrides-list', { period })
    return print(env, list, () =>
      list.length === 0
        ? t('decisions.cli.noOverrides', { period })
        : list.map((o) => t('decisions.cli.overrideLine', { ...o, proposed: o.proposedGrade, by: o.decidedBy, at: o.decidedAt.slice(0, 16).replace('T', ' ') })),
    )
  }
  const staffNo = need(env, 'staff')
  const reason = need(env, 'reason')
  if (flag(env, 'remove')) {
    const row = await call<ResultRow>(env, 'overrides-remove', { period, staffNo, reason })
    return print(env, row, () => t('decisions.cli.overrideRemoved', { name: row.name, staffNo: row.staffNo, grade: row.grade }))
  }
  const row = await call<ResultRow>(env, 'overrides-add', { period, staffNo, grade: need(env, 'grade'), reason })
  return print(env, row, () => t('decisions.cli.overridden', { name: row.name, staffNo: row.staffNo, grade: row.grade, proposed: row.proposedGrade }))
}

const shown = (total: number | null | undefined): string => (total === null || total === undefined ? '—' : total.toFixed(2))

/** The person's total and grade now, when the period has results: what the exemption moved. */
async function resultOf(env: CommandEnv, period: string, staffNo: string): Promise<ResultRow | null> {
  const results = await call<PeriodResults>(env, 'results-list', { period })
  return results.computedAt === null ? null : (results.rows.find((r) => r.staffNo === staffNo) ?? null)
}

/**
 * `exempt --period ID --staff NO --indicator CODE --evaluation TEXT --reason TEXT`: 容错免责, the
 * period recomputed when it has results (old and new total printed). `--list --period ID` lists
 * them; `--remove --id N --reason TEXT` withdraws one.
 */
export async function exemptCommand(env: CommandEnv): Promise<number> {
  if (flag(env, 'remove')) {
    const id = Number(need(env, 'id'))
    if (!Number.isInteger(id) || id <= 0) throw new UsageError(t('cli.missingArg', { name: '--id' }))
    const e = await call<Exemption>(env, 'exemptions-remove', { id, reason: need(env, 'reason') })
    return print(env, e, () => t('decisions.cli.exemptionRemoved', { ...e, indicator: e.indicatorName, code: e.indicatorCode }))
  }
  const period = need(env, 'period')
  if (flag(env, 'list')) {
    const list = await call<Exemption[]>(env, 'exemptions-list', { period })
    return print(env, list, () =>
      list.length === 0
        ? t('decisions.cli.noExemptions', { period })
        : list.map((e) => t('decisions.cli.exemptionLine', { ...e, indicator: e.indicatorName, code: e.indicatorCode, by: e.decidedBy, at: e.decidedAt.slice(0, 10) })),
    )
  }
  const staffNo = need(env, 'staff')
  const input = { period, staffNo, indicator: need(env, 'indicator'), evaluation: need(env, 'evaluation'), reason: need(env, 'reason') }
  const before = env.json ? null : await resultOf(env, period, staffNo)
  const e = await call<Exemption>(env, 'exemptions-add', input)
  if (env.json) return print(env, e, () => '')
  env.io.out(t('decisions.cli.exempted', { ...e, indicator: e.indicatorName, code: e.indicatorCode }))
  const after = await resultOf(env, period, staffNo)
  if (after) env.io.out(t('decisions.cli.recomputed', { before: shown(before?.total), after: shown(after.total), grade: after.grade }))
  return 0
}
