import { defaultDbPath, openBackend } from '../rpc/backend'
import { t } from '../../shared/i18n'
import { parseArgs } from '../rpc/args'
import { computeCommand, exportCommand, periodCommand, resultsCommand } from './commands'
import { importCommand } from './import-command'
import { call, CallFailed, describeFailure, exitCodeOf, type CliIO, type CommandEnv } from './command-env'
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
import { exchangeCommand } from './exchange-command'
import { auditCommand } from './audit-command'
import { accountCommand } from './account-command'
import { initCommand, loginCommand, logoutCommand, passwordCommand } from './session-command'
import { signIn } from './sign-in'
import { backupCommand } from './backup-command'
import { unitCommand } from './unit-command'
import { calendarCommand } from './calendar-command'

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
  exchange: exchangeCommand,
  audit: auditCommand,
  account: accountCommand,
  backup: backupCommand,
  unit: unitCommand,
  calendar: calendarCommand,
  password: passwordCommand,
  logout: logoutCommand,
}

/** Commands that run before anyone is signed in: they sign in themselves, or make the first account. */
const unsigned: Record<string, (env: Omit<CommandEnv, 'credential'>) => Promise<number>> = { init: initCommand, login: loginCommand }

/** The command line over the same dispatch as the app. Returns the exit code. */
export async function runCli(argv: string[], io: CliIO, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const args = parseArgs(argv)
  const command = args.positionals[0]
  const json = args.options.json === true
  if (!command || command === 'help' || args.options.help === true) {
    io.out(usage())
    return command ? 0 : 2
  }
  if (!unsigned[command] && !commands[command]) {
    io.err(t('cli.unknownCommand', { command }))
    return 2
  }
  const dbPath = typeof args.options.db === 'string' ? args.options.db : defaultDbPath(env)
  let backend
  try {
    // only `init` makes a database (and only where no file is); every other command needs one there
    backend = await openBackend(dbPath, { create: command === 'init' })
  } catch (e) {
    io.err(e instanceof Error ? e.message : String(e))
    return 1
  }
  const base = { backend, args, io, json, vars: env, dbPath }
  try {
    if (unsigned[command]) return await unsigned[command](base)
    const session = await signIn(base, command === 'audit' && args.positionals[1] === 'list')
    const signed: CommandEnv = { ...base, credential: { session: session.token } }
    try {
      return await commands[command](signed)
    } finally {
      // `--user` signs in for this one command: its session ends with it
      if (session.temporary) await call(signed, 'auth-logout', {}).catch(() => undefined)
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n\n${usage()}`)
      return 2
    }
    if (e instanceof CallFailed) {
      io.err(describeFailure(e, json))
      return exitCodeOf(e)
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
