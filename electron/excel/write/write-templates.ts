/**
 * Writes the empty import templates into resources/templates/, for packaging and for offices that
 * want the files without starting the app. Run after changing the field specs:
 *   npx tsx electron/excel/write/write-templates.ts [outDir]
 * The app itself builds the same bytes on demand (template-get), so these files never drift from
 * what the importer reads as long as this is re-run.
 */
import fs from 'node:fs'
import path from 'node:path'
import { templateKinds } from '../../../shared/contract/report'
import { buildTemplate, templateFileName } from './template-workbook'

async function main(): Promise<void> {
  const outDir = path.resolve(process.argv[2] ?? path.join(__dirname, '../../../resources/templates'))
  fs.mkdirSync(outDir, { recursive: true })
  for (const kind of templateKinds) {
    const file = path.join(outDir, templateFileName(kind))
    fs.writeFileSync(file, await buildTemplate(kind))
    process.stdout.write(`${file}\n`)
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
  process.exitCode = 1
})
