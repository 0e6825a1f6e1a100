import { runCli } from '../../electron/cli'

export interface CliRun {
  code: number
  out: string
  err: string
}

/** Runs the real CLI in-process against a given database file. */
export async function cli(dbPath: string, ...argv: string[]): Promise<CliRun> {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli([...argv, '--db', dbPath], {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    signal: new AbortController().signal,
  })
  return { code, out: out.join('\n'), err: err.join('\n') }
}
