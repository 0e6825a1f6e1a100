import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// The crash tests (`npm run test:kill`, part of `npm test`): children SIGKILLed one after another,
// in their own run with long timeouts and one process at a time.
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
