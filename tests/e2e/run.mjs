// Runs the end-to-end tests against a Chromium found on this machine (no browser download).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const require = createRequire(import.meta.url)

function findChromium() {
  try {
    const { chromium } = require('playwright-core')
    const own = chromium.executablePath()
    if (own && existsSync(own)) return own
  } catch {
    // playwright-core without its registry entry: fall through to the system browser
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : null
}

const executable = findChromium()
if (!executable) {
  console.log("No Chromium found: run 'apt-get install -y chromium' (or 'npx playwright install chromium' on a connected machine)")
  process.exit(1)
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
if (!existsSync(path.join(root, 'out/renderer/index.html'))) {
  const build = spawnSync(npx, ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const run = spawnSync(npx, ['vitest', 'run', '-c', 'tests/e2e/vitest.config.mts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, KAOHE_CHROMIUM: executable },
})
process.exit(run.status ?? 1)
