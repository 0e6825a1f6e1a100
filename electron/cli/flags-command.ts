import type { Flag, FlagsRunResult } from '../../shared/contract'
import { t } from '../../shared/i18n'
import { call, type CommandEnv } from './command-env'
import { UsageError } from './options'

/**
 * `flags --period ID [--run] [--json]`: the period's cross-check flags, after re-checking the period
 * first with --run ('flags-run', which keeps decisions). JSON is the Flag[] array as 'flags-list'
 * returns it; text is one line per flag with its decision under it.
 */
export async function flagsCommand(env: CommandEnv): Promise<number> {
  const period = env.args.options.period
  if (typeof period !== 'string' || period === '') throw new UsageError(t('cli.missingArg', { name: '--period' }))
  // --run takes no value, though the parser lets one through: `--run --json` and `--run` last both work
  const run = env.args.options.run !== undefined
  let flags: Flag[]
  if (run) {
    const r = await call<FlagsRunResult>(env, 'flags-run', { period })
    if (!env.json) env.io.out(t('flags.cli.ran', { period: r.period, added: r.added, kept: r.kept, dropped: r.dropped }))
    flags = r.flags
  } else flags = await call<Flag[]>(env, 'flags-list', { period })

  if (env.json) {
    env.io.out(JSON.stringify(flags, null, 2))
    return 0
  }
  if (flags.length === 0) env.io.out(t('flags.cli.none', { period }))
  for (const f of flags) env.io.out(describe(f))
  return 0
}

function describe(f: Flag): string {
  const who = f.person ? t('flags.cli.person', f.person) : t('flags.cli.rater', { role: f.role ?? '', rater: f.rater ?? '' })
  const line = [`#${f.id}`, t(`flags.kind.${f.kind}`), t(`flags.status.${f.status}`), who, f.details.message].join('\t')
  if (f.status === 'open') return line
  return `${line}\n\t${t('flags.cli.decided', { status: t(`flags.status.${f.status}`), by: f.decidedBy ?? '', at: f.decidedAt ?? '', reason: f.reason ?? '' })}`
}
