import { defaultDbPath, openBackend } from '../rpc/backend'
import { t } from '../../shared/i18n'
import { parseArgs } from '../rpc/args'
import { computeCommand, exportCommand, periodCommand, resultsCommand } from './commands'
import { importCommand } from './import-command'
import { CallFailed, describeFailure, type CliIO, type CommandEnv } from './command-env'
import { UsageError } from './options'
import { usage } from './usage'
import { ahpCommand } from './ahp-command'
import { schemeCommand } from './scheme-command'
import { flagsCommand } from './flags-command'
import { usesCommand } from './uses-command'
import { explainCommand } from './explain-command'
import { noticeCommand } from './notice-command'
import { appealCommand } from './appeal-command'
import { approveCommand, exemptCommand, overrideCommand } from './decisions-command'
import { okrCommand } from './okr-command'
import { auditCommand } from './audit-command'

const commands: Record<string, (env: CommandEnv) => Promise<number>> = {
  import: importCommand,
  period: periodCommand,
  compute: computeCommand,
  results: resultsCommand,
  export: exportCommand,
  ahp: ahpCommand,
  scheme: schemeCommand,
  flags: flagsCommand,
  uses: usesCommand,
  notice: noticeCommand,
  appeal: appealCommand,
  explain: explainCommand,
  approve: approveCommand,
  override: overrideCommand,
  exempt: exemptCommand,
  okr: okrCommand,
  audit: auditCommand,
}

/** The command line over the same dispatch as the app. Returns the exit code. */
export async function runCli(argv: string[], io: CliIO, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const args = parseArgs(argv)
  const command = args.positionals[0]
  const json = args.options.json === true
  if (!command || command === 'help' || args.options.help === true) {
    io.out(usage())
    return command ? 0 : 2
  }
  if (command !== 'init' && !commands[command]) {
    io.err(t('cli.unknownCommand', { command }))
    return 2
  }
  const dbPath = typeof args.options.db === 'string' ? args.options.db : defaultDbPath(env)
  let backend
  try {
    backend = await openBackend(dbPath)
  } catch (e) {
    io.err(e instanceof Error ? e.message : String(e))
    return 1
  }
  try {
    if (command === 'init') {
      io.out(json ? JSON.stringify({ db: dbPath, backup: backend.database.backupPath }) : t('cli.initDone', { path: dbPath }))
      return 0
    }
    return await commands[command]({ backend, args, io, json })
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n\n${usage()}`)
      return 2
    }
    if (e instanceof CallFailed) {
      io.err(describeFailure(e, json))
      return 1
    }
    throw e
  } finally {
    await backend.close()
  }
}

export function runMain(): void {
  // `kaohe results … | head` closes the pipe early: that is the reader's choice, not an error
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0)
    throw e
  })
  const controller = new AbortController()
  process.on('SIGINT', () => controller.abort())
  runCli(process.argv.slice(2), {
    out: (s) => process.stdout.write(s + '\n'),
    err: (s) => process.stderr.write(s + '\n'),
    signal: controller.signal,
  }).then(
    (code) => {
      process.exitCode = code
    },
    (e: unknown) => {
      console.error(e)
      process.exitCode = 70
    },
  )
}

if (require.main === module) runMain()
