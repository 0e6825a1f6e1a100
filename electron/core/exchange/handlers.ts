import type { ExchangePreview, FileInput } from '../../../shared/contract'
import { fileBytes } from '../../excel/read-import'
import { AppError } from '../../../shared/contract/app-error'
import { t } from '../../../shared/i18n'
import type { HandlerContext, HandlerMap } from '../context'
import { exportPackage, schemaVersion } from './export-package'
import { planImport, type ImportPlan } from './import-plan'
import { writeImport } from './import-write'
import { keyFor, keyInfo, setKey } from './key-store'
import { readPackageRows, tableColumns, type TableColumns } from './package-rows'
import { openPackage, type VerifiedPackage } from './read-package'

type Methods = 'exchange-key-get' | 'exchange-key-set' | 'exchange-export' | 'exchange-import-preview' | 'exchange-import'

interface Planned {
  pkg: VerifiedPackage
  plan: ImportPlan
  columns: TableColumns
  preview: ExchangePreview
}

/** Proves the package whole under the key, then reads and compares it: the same steps for the preview and the import. */
async function plan(input: { file: FileInput; key?: string }, ctx: HandlerContext): Promise<Planned> {
  const key = await keyFor(ctx.db, input.key)
  ctx.progress(0, 3, 'progress.reading')
  const pkg = openPackage(input.file.fileName, fileBytes(input.file), key, await schemaVersion(ctx))
  await ctx.checkpoint()
  ctx.progress(1, 3, 'progress.checking')
  const columns = await tableColumns(ctx.db)
  const rows = readPackageRows(pkg, columns, input.file.fileName)
  await ctx.checkpoint()
  const planned = await planImport(ctx.db, rows)
  ctx.progress(2, 3, 'progress.checking')
  await ctx.checkpoint()
  const m = pkg.manifest
  const preview: ExchangePreview = {
    fileName: input.file.fileName,
    fileHash: pkg.fileHash,
    unit: m.unit === '' ? t('exchange.unit.unnamed') : m.unit,
    createdAt: m.createdAt,
    createdBy: m.createdBy,
    appVersion: m.appVersion,
    periods: planned.periods,
    counts: planned.counts,
    changes: planned.changes,
    changesTotal: planned.changesTotal,
    conflicts: planned.conflicts,
  }
  return { pkg, plan: planned, columns, preview }
}

export const exchangeHandlers: HandlerMap<Methods> = {
  async 'exchange-key-get'(_input, ctx) {
    return keyInfo(ctx.db)
  },
  async 'exchange-key-set'(input, ctx) {
    return setKey(ctx, input.key)
  },
  async 'exchange-export'(input, ctx) {
    const key = await keyFor(ctx.db, input.key)
    return exportPackage(ctx, 'all' in input ? 'all' : input.periods, key)
  },
  async 'exchange-import-preview'(input, ctx) {
    return (await plan(input, ctx)).preview
  },
  async 'exchange-import'(input, ctx) {
    const { plan: planned, columns, preview } = await plan(input, ctx)
    if (planned.conflicts.length > 0) throw new AppError('conflict', t('exchange.error.conflicts', { file: input.file.fileName, n: planned.conflicts.length, first: planned.conflicts.slice(0, 3).join('\n') }))
    const written = await writeImport(ctx, planned, columns, { fileName: input.file.fileName, fileHash: preview.fileHash })
    ctx.audit({
      entity: 'exchange',
      entityId: input.file.fileName,
      after: {
        file: input.file.fileName,
        sha256: preview.fileHash,
        from: { unit: preview.unit, createdAt: preview.createdAt, createdBy: preview.createdBy },
        periods: preview.periods.map((p) => `${p.id} ${p.state}`),
        added: written.added,
        changed: written.changed,
        tables: Object.fromEntries(preview.counts.map((c) => [c.table, { add: c.add, change: c.change, same: c.same }])),
      },
    })
    return { ...preview, ...written }
  },
}
