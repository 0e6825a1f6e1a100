import { ahpMethods, riTables, type AhpMethod, type AhpSheet, type RiTable } from '../../shared/contract'
import { ahp, scaleText, type AhpResult } from '../../shared/domain/ahp'
import { inconsistentJudgments } from '../../shared/domain/ahp-consistency'
import { t } from '../../shared/i18n'
import { call, type CommandEnv } from './command-env'
import { readFile, UsageError } from './options'

/** One sheet as `ahp --json` prints it; the computed fields are null when the sheet has errors. */
export interface AhpSheetOutput {
  sheet: string
  criteria: string[]
  weights: number[] | null
  lambdaMax: number | null
  ci: number | null
  cr: number | null
  consistent: boolean | null
  problems?: AhpSheet['problems']
}

/**
 * `ahp FILE.xlsx [--method eigen|geometric|sum] [--ri saaty|cn] [--json]`: reads the matrices through
 * the dispatch ('ahp-import'), computes each sheet with shared/domain/ahp and prints the results.
 * Exit 1 when any sheet's matrix has errors (its located problems are printed), else 0.
 */
export async function ahpCommand(env: CommandEnv): Promise<number> {
  const file = env.args.positionals[1]
  if (!file) throw new UsageError(t('cli.missingArg', { name: 'FILE.xlsx' }))
  const method = choice(env, 'method', ahpMethods, 'eigen')
  const riTable = choice(env, 'ri', riTables, 'saaty')
  const sheets = await call<AhpSheet[]>(env, 'ahp-import', { file: readFile(file) })

  const computed = sheets.map((s) => ({ sheet: s, result: s.matrix ? ahp(s.matrix, { method, riTable }) : null }))
  const failed = sheets.filter((s) => s.problems.some((p) => p.severity === 'error'))
  if (env.json) env.io.out(JSON.stringify(computed.map(({ sheet, result }) => toOutput(sheet, result)), null, 2))
  else for (const c of computed) env.io.out(describe(c.sheet, c.result, method, riTable).join('\n'))
  if (failed.length > 0) {
    if (!env.json) env.io.err(t('weights.cli.refused', { count: failed.length }))
    return 1
  }
  return 0
}

function choice<T extends string>(env: CommandEnv, name: string, allowed: readonly T[], fallback: T): T {
  const v = env.args.options[name]
  if (v === undefined) return fallback
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T
  throw new UsageError(t('weights.cli.badOption', { name, allowed: allowed.join(' | '), value: v === true ? '' : v }))
}

function toOutput(sheet: AhpSheet, r: AhpResult | null): AhpSheetOutput {
  return {
    sheet: sheet.sheet,
    criteria: sheet.criteria,
    weights: r?.weights ?? null,
    lambdaMax: r?.lambdaMax ?? null,
    ci: r?.ci ?? null,
    cr: r?.cr ?? null,
    consistent: r?.consistent ?? null,
    ...(sheet.problems.length > 0 ? { problems: sheet.problems } : {}),
  }
}

function describe(sheet: AhpSheet, r: AhpResult | null, method: AhpMethod, riTable: RiTable): string[] {
  if (!r || !sheet.matrix) {
    // a sheet without a matrix (notes) has one sheet-wide warning; say it in a line
    if (sheet.criteria.length === 0) return sheet.problems.map((p) => t('weights.cli.skipped', { sheet: sheet.sheet, message: p.message }))
    return [t('weights.cli.sheet', head(sheet, method, riTable)), ...problemLines(sheet)]
  }
  const fixed = (x: number) => x.toFixed(4)
  const lines = [
    t('weights.cli.sheet', head(sheet, method, riTable)),
    ...sheet.criteria.map((name, i) => t('weights.cli.weight', { name, weight: fixed(r.weights[i]) })),
    t('weights.cli.summary', {
      lambdaMax: fixed(r.lambdaMax),
      ci: fixed(r.ci),
      ri: r.ri.toFixed(2),
      cr: fixed(r.cr),
      verdict: t(r.consistent ? 'weights.ahp.consistent' : 'weights.ahp.inconsistent'),
    }),
  ]
  if (!r.consistent) {
    for (const s of inconsistentJudgments(sheet.matrix, { method, riTable })) {
      lines.push(
        t('weights.cli.suggestion', {
          row: sheet.criteria[s.row],
          col: sheet.criteria[s.col],
          value: scaleText(s.value),
          implied: s.implied.toFixed(2),
          suggested: scaleText(s.suggested),
          cr: fixed(s.crAfter),
        }),
      )
    }
  }
  return [...lines, ...problemLines(sheet)]
}

/** The sheet is named in the heading line; each line adds the row and column the problem carries. */
function problemLines(sheet: AhpSheet): string[] {
  return sheet.problems.map((p) => {
    const severity = t(p.severity === 'error' ? 'cli.severity.error' : 'cli.severity.warning')
    const where = `${p.row ? t('cli.whereRow', { row: p.row }) : ''}${p.column ? t('cli.whereColumn', { name: p.columnName ?? p.column, column: p.column }) : ''}`.trim()
    return where ? t('cli.problem', { severity, where, message: p.message }) : `  ${severity} ${p.message}`
  })
}

function head(sheet: AhpSheet, method: AhpMethod, riTable: RiTable) {
  return { sheet: sheet.sheet, n: sheet.criteria.length, method: t(`weights.method.${method}`), riTable: t(`weights.riTable.${riTable}`) }
}
