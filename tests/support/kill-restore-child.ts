/**
 * The child the restore kill test SIGKILLs (tests/crash/kill-restore.test.ts): it opens the database
 * the way every entry point does, as the 系统管理员 (the session in KAOHE_KILL_SESSION), prints
 * `ready`, restores the backup named in its arguments through the real dispatch, and prints `ack`
 * once the restore is answered. The parent kills it at a random moment before, during or after.
 *
 * Arguments: the database path and the backup file.
 */
import { openBackend } from '../../electron/rpc/backend'

const [dbPath, backupFile] = process.argv.slice(2)
const say = (line: object) => process.stdout.write(JSON.stringify(line) + '\n')

async function main() {
  const backend = await openBackend(dbPath)
  say({ type: 'ready' })
  const r = await backend.dispatcher.call({ session: process.env.KAOHE_KILL_SESSION ?? null }, 'backup-restore', { file: backupFile })
  if (!r.ok) throw new Error(`backup-restore: ${r.error.message}`)
  say({ type: 'ack' })
  // stay up until killed, as a running app does
  setInterval(() => undefined, 1000)
}

main().catch((e: unknown) => {
  process.stderr.write(`kill-restore-child: ${e instanceof Error ? e.message : String(e)}\n`)
  process.exit(1)
})
