import type { ImportPreview, ImportProblem } from '../../shared/contract'
import { t } from '../../shared/i18n'
import { plainText } from '../../shared/i18n/office-text'

/** What an import understood, as a clerk would read it in a terminal. */
export function formatPreview(p: ImportPreview): string {
  const lines: string[] = []
  if (p.sheet) lines.push(t('cli.previewSheet', { sheet: p.sheet, row: p.headerRow ?? '—' }))
  for (const c of p.columns) {
    lines.push(t('cli.previewColumn', { column: c.column, header: c.header, field: c.fieldLabel ?? t('cli.previewIgnored') }))
  }
  lines.push(t('cli.previewCounts', { rows: p.dataRows, adds: p.adds, changes: p.changes, unchanged: p.unchanged }))
  for (const n of p.notes) lines.push(`  ${plainText(n)}`)
  for (const s of p.sheets) if (s.note) lines.push(`  ${s.name}：${s.note}`)
  lines.push(...formatProblems(p.problems))
  return lines.join('\n')
}

export function formatProblems(problems: ImportProblem[]): string[] {
  return problems.map((pr) =>
    t('cli.problem', {
      severity: t(pr.severity === 'error' ? 'cli.severity.error' : 'cli.severity.warning'),
      where: t('cli.where', {
        sheet: pr.sheet,
        row: pr.row ? t('cli.whereRow', { row: pr.row }) : '',
        column: pr.column ? t('cli.whereColumn', { name: pr.columnName ?? pr.column, column: pr.column }) : '',
      }),
      message: pr.message,
    }),
  )
}
