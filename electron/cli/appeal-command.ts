import type { Appeal, AppealCorrection, SnapshotChange } from '../../shared/contract/appeals'
import type { PeriodResults } from '../../shared/contract'
import { t } from '../../shared/i18n'
import { call, type CommandEnv } from './command-env'
import { need, optional, UsageError } from './options'

/**
 * `--correct-rating Q1:领导:L01=92,Q1:领导:L02=90`: the argument parser keeps one value per
 * option, so several corrections go in one, separated by commas.
 */
export function parseRatingFixes(text: string): Extract<AppealCorrection, { kind: 'ratings' }>['ratings'] {
  return text
    .split(/[,，]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((item) => {
      const m = /^([^:=]+):([^:=]+)(?::([^=]+))?=(\d+(?:\.\d+)?)$/.exec(item.replace(/：/g, ':'))
      if (!m) throw new UsageError(t('cli.appeal.badRating', { text: item }))
      return { indicator: m[1].trim(), role: m[2].trim(), ...(m[3] ? { rater: m[3].trim() } : {}), score: Number(m[4]) }
    })
}

function correctionOf(env: CommandEnv): AppealCorrection | undefined {
  const ratings = optional(env, 'correct-rating')
  const exempt = optional(env, 'exempt')
  const grade = optional(env, 'grade')
  if ([ratings, exempt, grade].filter((v) => v !== undefined).length > 1) throw new UsageError(t('cli.appeal.oneCorrection'))
  if (ratings !== undefined) return { kind: 'ratings', ratings: parseRatingFixes(ratings) }
  if (exempt !== undefined) return { kind: 'exempt', indicator: exempt, evaluation: need(env, 'evaluation') }
  // the dispatch checks the grade against the contract's list and says which grades there are
  if (grade !== undefined) return { kind: 'grade', grade: grade as Extract<AppealCorrection, { kind: 'grade' }>['grade'] }
  return undefined
}

function fieldWord(field: SnapshotChange['field'], dimensionNames: Map<string, string>): string {
  if (field.startsWith('dimension:')) {
    const code = field.slice('dimension:'.length)
    return t('cli.appeal.field.dimension', { name: dimensionNames.get(code) ?? code })
  }
  return t(`cli.appeal.field.${field as 'total' | 'rank' | 'grade'}`)
}

function shown(v: number | string | null): string {
  return v === null ? '—' : typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(2) : String(v)
}

function deadlineLines(a: Appeal): string {
  if (a.deadlines === null) return t('cli.appeal.noNotice')
  const late = a.deadlines.late ? t('cli.appeal.late', { days: a.deadlines.daysLate }) : ''
  return t('cli.appeal.deadlines', { fileBy: a.deadlines.fileBy, late, decideBy: a.deadlines.decideBy })
}

function who(a: Appeal) {
  return { id: a.id, kind: a.kind, staffNo: a.staffNo, name: a.name, department: a.department, filedOn: a.filedOn }
}

function listLine(a: Appeal): string {
  const deadline =
    a.deadlines === null
      ? t('cli.appeal.lineNoNotice')
      : t('cli.appeal.lineDeadline', { fileBy: a.deadlines.fileBy, late: a.deadlines.late ? t('cli.appeal.late', { days: a.deadlines.daysLate }) : '' })
  return t('cli.appeal.line', { ...who(a), deadline, status: t(`appeals.status.${a.status}`) })
}

/**
 * `appeal add | decide | list`: a 复核 or 申诉 recorded with its deadlines (late ones flagged),
 * decided (upheld with a correction reruns the period and prints what moved), listed.
 */
export async function appealCommand(env: CommandEnv): Promise<number> {
  const sub = env.args.positionals[1]
  if (sub === 'add') {
    const reviewDecided = optional(env, 'review-decided')
    const a = await call<Appeal>(env, 'appeals-add', {
      period: need(env, 'period'),
      staffNo: need(env, 'staff'),
      kind: need(env, 'kind'),
      filedOn: need(env, 'filed'),
      ...(reviewDecided !== undefined ? { reviewDecidedOn: reviewDecided } : {}),
      reason: need(env, 'reason'),
    })
    if (env.json) env.io.out(JSON.stringify(a, null, 2))
    else env.io.out([t('cli.appeal.added', who(a)), deadlineLines(a)].join('\n'))
    return 0
  }
  if (sub === 'decide') {
    const id = need(env, 'id')
    if (!/^\d+$/.test(id)) throw new UsageError(t('cli.missingArg', { name: '--id N' }))
    const correction = correctionOf(env)
    const a = await call<Appeal>(env, 'appeals-decide', {
      id: Number(id),
      outcome: need(env, 'outcome'),
      decidedOn: need(env, 'decided'),
      decision: need(env, 'decision'),
      ...(correction ? { correction } : {}),
    })
    if (env.json) {
      env.io.out(JSON.stringify(a, null, 2))
      return 0
    }
    const late = a.decidedLate && a.deadlines ? t('cli.appeal.decidedLate', { decideBy: a.deadlines.decideBy }) : ''
    env.io.out(t('cli.appeal.decided', { ...who(a), status: t(`appeals.status.${a.status}`), decidedOn: a.decidedOn ?? '', late }))
    if (a.changes.length === 0) env.io.out(t('cli.appeal.noChange'))
    else {
      // the snapshots key dimensions by code; the clerk reads 德 能 勤 绩 廉
      const results = await call<PeriodResults>(env, 'results-list', { period: a.period })
      const names = new Map(results.dimensions.map((d) => [d.code, d.name]))
      env.io.out(t('cli.appeal.changes', { n: a.changes.length }))
      for (const c of a.changes) env.io.out(t('cli.appeal.change', { name: c.name, staffNo: c.staffNo, field: fieldWord(c.field, names), before: shown(c.before), after: shown(c.after) }))
    }
    return 0
  }
  if (sub !== 'list') throw new UsageError(t('cli.missingArg', { name: 'add | decide | list' }))
  const period = optional(env, 'period')
  const appeals = await call<Appeal[]>(env, 'appeals-list', period !== undefined ? { period } : {})
  if (env.json) env.io.out(JSON.stringify(appeals, null, 2))
  else if (appeals.length === 0) env.io.out(t('cli.appeal.none'))
  else for (const a of appeals) env.io.out(listLine(a))
  return 0
}
