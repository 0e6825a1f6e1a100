import {
  afterNoteChoices,
  commitMethod,
  importKindNames,
  importKinds,
  previewMethod,
  type ImportFieldName,
  type ImportKind,
  type ImportPreview,
  type ImportResult,
} from '../../shared/contract'
import { t } from '../../shared/i18n'
import { call, type CommandEnv } from './command-env'
import { formatPreview } from './print-preview'
import { need, readFile, UsageError } from './options'

/**
 * How each field of an import's input is given on the command line, by its name in
 * shared/contract/import-kinds.ts: a value (`--period 2025-Q1`) or a flag (`--replace`). Whether it
 * must be given comes from the field's schema. A kind bringing a new field name is a compile error
 * here until the field has its option.
 */
const fieldOptions: { [F in ImportFieldName]: { flag: true } | { placeholder: () => string; parse?: (text: string) => unknown } } = {
  period: { placeholder: () => '2025-Q1' },
  name: { placeholder: () => t('cli.import.placeholder.name') },
  indicator: { placeholder: () => t('cli.import.placeholder.indicator') },
  replace: { flag: true },
  afterNote: { placeholder: () => afterNoteChoices.join('|') },
  // `表头=字段,表头=`: a column mapped by hand (an empty field ignores it), as the preview's selects do
  columns: { placeholder: () => t('cli.import.placeholder.columns'), parse: parseColumns },
}

function parseColumns(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const pair of text.split(/[,，]/)) {
    if (pair.trim() === '') continue
    const at = pair.lastIndexOf('=')
    if (at <= 0) throw new UsageError(t('cli.import.columnsUsage', { pair: pair.trim() }))
    out[pair.slice(0, at).trim()] = pair.slice(at + 1).trim()
  }
  return out
}

/** options every kind takes, which the general options describe once */
const generalFields: readonly string[] = ['afterNote', 'columns']

/** The fields of a kind the command line offers, with whether each is required. */
function optionsOf(kind: ImportKind): { field: ImportFieldName; required: boolean }[] {
  const spec = importKinds[kind]
  const unread: readonly string[] = spec.unread
  return Object.entries(spec.fields)
    .filter(([field]) => !unread.includes(field))
    .map(([field, schema]) => ({ field: field as ImportFieldName, required: !schema.safeParse(undefined).success }))
}

/** A kind's fields from the options: a required one missing is a usage error; an optional one without a value is left out. */
function inputFields(env: CommandEnv, kind: ImportKind): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const { field, required } of optionsOf(kind)) {
    const option = fieldOptions[field]
    const v = env.args.options[field]
    if ('flag' in option) {
      if (v === true) out[field] = true
    } else if (required) out[field] = need(env, field)
    else if (typeof v === 'string') out[field] = option.parse ? option.parse(v) : v
  }
  return out
}

/** `import KIND FILE`: prints what was understood, then writes all of it in one transaction, or nothing. */
export async function importCommand(env: CommandEnv): Promise<number> {
  const [, kind, file] = env.args.positionals
  if (!kind || !(importKindNames as string[]).includes(kind)) throw new UsageError(t('cli.missingArg', { name: importKindNames.join(' | ') }))
  if (!file) throw new UsageError(t('cli.missingArg', { name: 'FILE' }))
  const k = kind as ImportKind
  const input: Record<string, unknown> = { file: readFile(file), ...inputFields(env, k) }
  const preview = await call<ImportPreview>(env, previewMethod(k), input)
  const dryRun = env.args.options['dry-run'] === true
  if (!preview.ok || dryRun) {
    if (env.json) env.io.out(JSON.stringify({ preview, written: 0 }, null, 2))
    else {
      env.io.out(formatPreview(preview))
      // the note row is a question, and the command line answers it with an option
      if (preview.noteRow && input.afterNote === undefined) env.io.out(t('cli.import.afterNoteHint', { row: preview.noteRow.row, sheet: preview.noteRow.sheet }))
      env.io.out(preview.ok ? t('cli.dryRun') : t('cli.importRefused'))
    }
    return preview.ok ? 0 : 1
  }
  const result = await call<ImportResult>(env, commitMethod(k), input)
  if (env.json) env.io.out(JSON.stringify(result, null, 2))
  else {
    env.io.out(formatPreview(result.preview))
    env.io.out(t('cli.importDone', { written: result.written }))
  }
  return 0
}

/** Columns a terminal gives a character: two for CJK and full-width forms, so the help lines up. */
function displayWidth(s: string): number {
  let n = 0
  for (const ch of s) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1
  return n
}

/** The help's `import KIND …` lines, one a kind, its description from column `column` (or under it when the usage is longer). */
export function importUsageLines(column: number): string[] {
  return importKindNames.map((kind) => {
    const options = optionsOf(kind)
      // every kind takes --afterNote and --columns: the general options say them once
      .filter(({ field }) => !generalFields.includes(field))
      .map(({ field, required }) => {
        const option = fieldOptions[field]
        const text = 'flag' in option ? `--${field}` : `--${field} ${option.placeholder()}`
        return required ? text : `[${text}]`
      })
    const usage = `  ${['import', kind, t('cli.import.file'), ...options].join(' ')}`
    const width = displayWidth(usage)
    const gap = width < column - 1 ? ' '.repeat(column - width) : `\n${' '.repeat(column)}`
    return `${usage}${gap}${t(`cli.import.${kind}`)}`
  })
}
