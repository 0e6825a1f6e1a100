import { startBrowserMode } from './browser-mode'
import { launchOptions } from './launch-options'

/**
 * For tests and scripts: starts browser mode and prints one JSON line `{ url, openUrl, token, port }`,
 * then stays up until stdin closes or a signal arrives.
 */
async function main() {
  const mode = await startBrowserMode(launchOptions(process.argv.slice(2)))
  const { url, openUrl, token, port } = mode.bridge
  process.stdout.write(JSON.stringify({ url, openUrl, token, port }) + '\n')
  const stop = () => void mode.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  process.stdin.on('end', stop)
  process.stdin.resume()
}

void main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
