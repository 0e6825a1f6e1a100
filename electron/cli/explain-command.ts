import type { ExportedFile, PersonExplanation } from '../../shared/contract'
import { t } from '../../shared/i18n'
import { adjustmentKind, annualLines, detailLines, gradeWords, percent, rankWords, score2, signedPoints, sourceWord } from '../../shared/i18n/explain-words'
import { call, type CommandEnv } from './command-env'
import { need, optional, UsageError, writeExport } from './options'
import { plainText } from '../../shared/i18n/office-text'

/**
 * `explain --period ID --staff NO [--json] [--out FILE.xlsx]`: one person's result sheet. Text is an
 * indented sheet; --json the PersonExplanation as 'results-explain' returns it; --out writes the
 * printable workbook ('results-explain-export').
 * `explain --period ID --all [--department NAME] --out FILE.xlsx`: everyone's result sheets, or one
 * department's, in one workbook ('results-explain-export-all').
 */
export async function explainCommand(env: CommandEnv): Promise<number> {
  if (env.args.options.all === true) return exportAll(env)
  const input = { period: need(env, 'period'), staffNo: need(env, 'staff') }
  const out = env.args.options.out
  if (out !== undefined) {
    if (typeof out !== 'string' || out === '') throw new UsageError(t('cli.missingArg', { name: '--out' }))
    const file = await call<ExportedFile>(env, 'results-explain-export', input)
    const written = writeExport(out, file)
    env.io.out(env.json ? JSON.stringify({ path: written }) : t('cli.exported', { path: written }))
    return 0
  }
  const e = await call<PersonExplanation>(env, 'results-explain', input)
  env.io.out(env.json ? JSON.stringify(e, null, 2) : sheetText(e).join('\n'))
  return 0
}

async function exportAll(env: CommandEnv): Promise<number> {
  // a workbook of everyone is no text to print: it needs a file, and names no one person
  if (env.args.options.staff !== undefined) throw new UsageError(t('explain.cli.allOrStaff'))
  const out = need(env, 'out')
  const department = optional(env, 'department')
  const file = await call<ExportedFile>(env, 'results-explain-export-all', { period: need(env, 'period'), ...(department !== undefined ? { department } : {}) })
  const written = writeExport(out, file)
  env.io.out(env.json ? JSON.stringify({ path: written }) : t('cli.exported', { path: written }))
  return 0
}

/** The result sheet as indented text, in the order of the workbook. */
export function sheetText(e: PersonExplanation): string[] {
  const lines: string[] = []
  lines.push(t('explain.cli.heading', { period: e.periodName, id: e.period, name: e.name, staffNo: e.staffNo, department: e.department }))
  lines.push(t('explain.cli.result', { total: score2(e.totalRounded), rank: rankWords(e), grade: gradeWords(e), status: e.status }))
  lines.push('')
  lines.push(t('explain.sheet.indicators'))
  for (const ind of e.indicators) {
    const pad = '  '.repeat(ind.depth + 1)
    lines.push(
      `${pad}${ind.code} ${ind.name}  ${t('explain.cli.indicator', {
        source: sourceWord(ind),
        weight: percent(ind.weight),
        global: percent(ind.globalWeight),
        score: score2(ind.score),
        contribution: score2(ind.contribution),
      })}`,
    )
    for (const d of detailLines(ind)) lines.push(`${pad}    ${d}`)
  }
  lines.push(`  ${t('explain.label.weightedTotal')}: ${score2(e.weightedTotal)}`)
  lines.push('')
  lines.push(t('explain.sheet.adjustments'))
  if (e.adjustments.length === 0) lines.push(`  ${t('explain.none')}`)
  for (const a of e.adjustments) {
    lines.push(`  ${adjustmentKind(a)}：${a.item}  ${signedPoints(a.points)}  ${a.rule}${a.reason ? `  ${t('explain.cli.reason', { reason: a.reason })}` : ''}`)
  }
  lines.push(`  ${t('explain.label.total')}: ${score2(e.totalRounded)}`)
  if (e.annual) {
    lines.push('')
    lines.push(t('explain.sheet.annual'))
    for (const l of annualLines(e)) lines.push(`  ${l}`)
  }
  lines.push('')
  lines.push(t('explain.sheet.flags'))
  if (e.flags.length === 0) lines.push(`  ${t('explain.none')}`)
  for (const f of e.flags) lines.push(`  ${f.text}`)
  lines.push('')
  lines.push(t('explain.sheet.dimensions'))
  for (const d of e.dimensions) {
    lines.push(`  ${t('explain.cli.dimension', { name: d.name, weight: percent(d.weight), score: score2(d.score), mean: score2(d.departmentMean) })}`)
  }
  lines.push('')
  lines.push(t('explain.sheet.rules'))
  for (const r of e.rules) lines.push(`  ${plainText(r)}`)
  return lines
}
