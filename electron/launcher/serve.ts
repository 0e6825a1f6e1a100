import fs from 'node:fs'
import { t } from '../../shared/i18n'
import { builtRenderer, startBrowserMode } from './browser-mode'
import { launchOptions } from './launch-options'

/** `npm run serve`: browser mode always. Prints the address (with its token) to open. */
export async function serve(argv: string[], heading: string = t('launcher.serving')): Promise<void> {
  const opts = launchOptions(argv)
  if (!fs.existsSync(opts.staticDir ?? builtRenderer)) {
    console.error(t('launcher.noBuild'))
    process.exit(1)
  }
  const mode = await startBrowserMode(opts).catch((e: unknown) => {
    // a refused database (none there, another program's…) in its own words, not a stack trace
    console.error(e instanceof Error ? e.message : String(e))
    process.exit(1)
  })
  console.log(`${heading}\n\n  ${mode.bridge.openUrl}\n\n${t('launcher.dbPath', { path: opts.dbPath })}\n${t('launcher.stop')}`)
  const stop = () => void mode.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

if (require.main === module) void serve(process.argv.slice(2))
