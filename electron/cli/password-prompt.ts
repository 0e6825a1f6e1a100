import { t } from '../../shared/i18n'
import { UsageError } from './options'

/**
 * A password from the environment variable, else typed at the terminal without echo. Never from the
 * command line, where other users of the machine and the shell history would see it.
 */
export async function passwordFrom(env: NodeJS.ProcessEnv, variable: 'KAOHE_PASSWORD' | 'KAOHE_NEW_PASSWORD', prompt: string): Promise<string> {
  const given = env[variable]
  if (given !== undefined && given !== '') return given
  if (!process.stdin.isTTY) throw new UsageError(t('cli.auth.noPassword', { variable }))
  return readHidden(prompt)
}

function readHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin
    process.stderr.write(prompt)
    stdin.setRawMode(true)
    stdin.resume()
    let typed = ''
    const done = (fn: () => void) => {
      stdin.setRawMode(false)
      stdin.pause()
      stdin.off('data', onData)
      process.stderr.write('\n')
      fn()
    }
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return done(() => resolve(typed))
        if (ch === '\u0003') return done(() => reject(new UsageError(t('error.cancelled'))))
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1)
        else typed += ch
      }
    }
    stdin.on('data', onData)
  })
}
