import type { ExportedFile } from '../../shared/contract/report'
import type { Notice } from '../../shared/contract/notice'
import { t } from '../../shared/i18n'
import { call, type CommandEnv } from './command-env'
import { optional, UsageError, writeExport } from './options'

/**
 * `notice --period ID --start YYYY-MM-DD [--days 5] [--out FILE.xlsx]`: publishes the notice
 * (approved → noticed). With only `--period`: the stored notice; `--out` writes the 公示名单 either way.
 */
export async function noticeCommand(env: CommandEnv): Promise<number> {
  const period = optional(env, 'period')
  if (period === undefined) throw new UsageError(t('cli.missingArg', { name: '--period' }))
  const start = optional(env, 'start')
  const days = optional(env, 'days')
  const out = optional(env, 'out')
  if (days !== undefined && !/^\d+$/.test(days)) throw new UsageError(t('cli.missingArg', { name: '--days N' }))
  if (start === undefined && days !== undefined) throw new UsageError(t('cli.missingArg', { name: '--start YYYY-MM-DD' }))

  const notice =
    start === undefined
      ? await call<Notice | null>(env, 'notice-get', { period })
      : await call<Notice>(env, 'notice-publish', { period, startDate: start, ...(days !== undefined ? { workingDays: Number(days) } : {}) })
  if (notice === null) {
    env.io.out(env.json ? 'null' : t('cli.notice.none', { id: period }))
    return 0
  }
  const written = out === undefined ? null : writeExport(out, await call<ExportedFile>(env, 'notice-export', { period }))
  // a count through a year with no holiday calendar assumed Monday–Friday: the clerk must hear it
  if (notice.uncoveredYears.length > 0) env.io.err(t('calendar.uncovered', { years: notice.uncoveredYears.join('、') }))
  if (env.json) {
    env.io.out(JSON.stringify(written ? { ...notice, exported: written } : notice, null, 2))
    return 0
  }
  const params = { id: notice.period, start: notice.startDate, end: notice.endDate, days: notice.workingDays, grades: notice.grades.join('、'), n: notice.people.length }
  env.io.out(start === undefined ? t('cli.notice.shown', { ...params, state: t(notice.ended ? 'cli.notice.ended' : 'cli.notice.running') }) : t('cli.notice.published', params))
  notice.people.forEach((p, i) => env.io.out(['', i + 1, p.staffNo, p.name, p.department, p.grade, p.total?.toFixed(2) ?? '—'].join('\t')))
  if (written) env.io.out(t('cli.notice.exported', { path: written }))
  return 0
}
