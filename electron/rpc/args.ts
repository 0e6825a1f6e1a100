/** A small argv parser: positionals, `--flag value`, `--flag=value`, and boolean `--flag`. */
export interface ParsedArgs {
  positionals: string[]
  options: Record<string, string | true>
}

const booleanFlags = new Set(['json', 'dry-run', 'help', 'run', 'replace', 'remove', 'list', 'all', 'lagging', 'omit-sensitive'])

export function parseArgs(argv: string[]): ParsedArgs {
  const positionals: string[] = []
  const options: Record<string, string | true> = {}
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--') {
      positionals.push(...argv.slice(i + 1))
      break
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=')
      if (eq > 0) options[a.slice(2, eq)] = a.slice(eq + 1)
      else {
        const name = a.slice(2)
        const next = argv[i + 1]
        if (!booleanFlags.has(name) && next !== undefined && !next.startsWith('--')) {
          options[name] = next
          i++
        } else options[name] = true
      }
    } else positionals.push(a)
  }
  return { positionals, options }
}
