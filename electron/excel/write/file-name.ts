import { t } from '../../../shared/i18n'

/**
 * Text from users (a name, a department path with slashes, a grid's title) made safe inside a file
 * name: Windows refuses \ / : * ? " < > | and control characters, and Explorer silently drops a
 * trailing dot or space; capped in length so a long title does not run past the path limit.
 */
export function fileSafe(text: string, max = 120): string {
  const safe = text
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_')
    .replace(/[. ]+$/, '')
    .trim()
  return safe === '' ? '_' : [...safe].slice(0, max).join('')
}

/** A period as an exported file names it: its kind, its year, and (a special one) its own name. */
export interface FileNamePeriod {
  kind: string
  id: string
  year: number
  name: string
}

/** 2025年第一季度, 2025年度; a special period by its own name, which says what it assessed. */
export function periodFileLabel(period: FileNamePeriod): string {
  if (period.kind === 'annual') return t('exportName.year', { year: period.year })
  const quarter = /-Q([1-4])$/.exec(period.id)
  if (period.kind === 'quarter' && quarter) return t('exportName.quarter', { year: period.year, quarter: t(`period.quarter.${quarter[1] as '1' | '2' | '3' | '4'}`) })
  return period.name.trim() === '' ? period.id : period.name
}

/**
 * Every export's name, one pattern: 单位-周期-内容.xlsx (示例镇人民政府-2025年第一季度-考核结果.xlsx);
 * 单位-内容.xlsx when it belongs to no period, 单位-2025年度-内容 to a year. Each part is made safe on
 * its own, so a slash in a unit's or department's name cannot make a folder.
 */
export function exportFileName(parts: { unit: string; period?: string | FileNamePeriod | null; content: string; ext?: string }): string {
  const period = parts.period == null ? null : typeof parts.period === 'string' ? parts.period : periodFileLabel(parts.period)
  const named = [parts.unit, ...(period === null ? [] : [period]), parts.content].map((p) => fileSafe(p, 60))
  return `${named.join('-')}.${parts.ext ?? 'xlsx'}`
}

/** A title as the unit's own: 示例镇人民政府2025年度考核结果运用说明 (the Chinese title runs on; English puts a space). */
export function unitTitle(unit: string, title: string): string {
  return t('exportName.unitTitle', { unit, title })
}
