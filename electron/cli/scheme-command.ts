import type { EffectiveScheme, Scheme, SchemeCheck } from '../../shared/contract'
import { roundHalfUp } from '../../shared/domain/rounding'
import { t } from '../../shared/i18n'
import { call, type CommandEnv } from './command-env'
import { optional, UsageError } from './options'

/**
 * `scheme show NAME [--version N] [--for STAFFNO] [--json]`: the scheme as a tree, or the effective
 * scheme of one person;
 * `scheme check NAME [--version N] [--period ID] [--json]`: the validity and balance report, exit 1
 * when it has errors (0 with warnings only), so a script can stop before opening a period on it.
 */
export async function schemeCommand(env: CommandEnv): Promise<number> {
  const [, sub, name] = env.args.positionals
  if (sub !== 'show' && sub !== 'check') throw new UsageError(t('cli.missingArg', { name: t('scheme.cli.subcommands') }))
  if (!name) throw new UsageError(t('cli.missingArg', { name: t('scheme.cli.name') }))
  const version = versionOption(env)
  const ref = { name, ...(version === undefined ? {} : { version }) }

  if (sub === 'check') {
    const period = optional(env, 'period')
    const check = await call<SchemeCheck>(env, 'scheme-check', { ...ref, ...(period ? { period } : {}) })
    env.io.out(env.json ? JSON.stringify(check, null, 2) : describeCheck(check))
    return check.ok ? 0 : 1
  }

  const staffNo = optional(env, 'for')
  if (staffNo) {
    const effective = await call<EffectiveScheme>(env, 'scheme-effective', { scheme: ref, target: { staffNo } })
    env.io.out(env.json ? JSON.stringify(effective, null, 2) : describeEffective(effective))
    return 0
  }
  const scheme = await call<Scheme>(env, 'scheme-get', ref)
  env.io.out(env.json ? JSON.stringify(scheme, null, 2) : describeScheme(scheme))
  return 0
}

function versionOption(env: CommandEnv): number | undefined {
  const v = optional(env, 'version')
  if (v === undefined) return undefined
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(t('cli.missingArg', { name: '--version N' }))
  return Number(v)
}

const pct = (w: number) => `${roundHalfUp(w * 100)}%`

function describeScheme(s: Scheme): string {
  const status = s.frozenBy ? t('scheme.cli.frozen', { period: s.frozenBy }) : t('scheme.cli.draft')
  const depth = new Map<string, number>()
  const byCode = new Map(s.indicators.map((i) => [i.code, i]))
  const level = (code: string, guard = 0): number => {
    const known = depth.get(code)
    if (known !== undefined) return known
    const parent = byCode.get(code)?.parentCode
    const d = parent && byCode.has(parent) && guard < s.indicators.length ? level(parent, guard + 1) + 1 : 0
    depth.set(code, d)
    return d
  }
  const lines = s.indicators.map((i) => {
    const extra = [i.layer, i.nature, i.mode, i.scope.length ? i.scope.join('、') : null].filter(Boolean).join(' · ')
    return `${'  '.repeat(level(i.code))}${i.code} ${i.name}  ${pct(i.weight)}  ${extra}`
  })
  return [t('scheme.cli.heading', { name: s.name, version: s.version, status, count: s.indicatorCount }), ...lines].join('\n')
}

function describeEffective(e: EffectiveScheme): string {
  const rows = e.indicators.map((i) =>
    [`${'  '.repeat(i.level - 1)}${i.code}`, i.name, pct(i.setWeight), pct(i.weight), pct(i.globalWeight)].join('\t'),
  )
  return [t('scheme.cli.effectiveHeading', { target: e.target, name: e.name, version: e.version, asOf: e.asOf }), t('scheme.cli.effectiveColumns'), ...rows].join('\n')
}

function describeCheck(c: SchemeCheck): string {
  const errors = c.items.filter((i) => i.severity === 'error').length
  const warnings = c.items.length - errors
  const lines = [t('scheme.cli.checkHeading', { name: c.name, version: c.version })]
  for (const item of c.items) {
    lines.push(`  ${t(item.severity === 'error' ? 'cli.severity.error' : 'cli.severity.warning')} ${item.message}`)
  }
  lines.push(t('scheme.cli.quantityOverall', { share: roundHalfUp(c.quantityShare.overall * 100) }))
  for (const [positionClass, share] of Object.entries(c.quantityShare.byPositionClass)) {
    lines.push(t('scheme.cli.quantityClass', { positionClass, share: roundHalfUp(share * 100) }))
  }
  lines.push(errors ? t('scheme.cli.checkFailed', { errors, warnings }) : t('scheme.cli.checkOk', { warnings }))
  return lines.join('\n')
}
