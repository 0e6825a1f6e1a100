import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// The kill test (`npm run test:kill`, run by .ci/run): 50 children SIGKILLed one after another take
// 1.5–3 minutes, more than `npm test`'s budget, so it has its own run.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/crash/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
})
