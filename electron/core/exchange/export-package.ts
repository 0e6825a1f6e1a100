import type { ExportedFile } from '../../../shared/contract'
import { storedUnitName } from '../report/report-queries'
import type { HandlerContext } from '../context'
import { collectPackage } from './collect'
import { FORMAT, FORMAT_VERSION, hmacHex, keyFingerprint, MANIFEST, sha256Hex, SIGNATURE, type Manifest } from './manifest'
import { exchangeTables, partName } from './tables'
import { writeZip, type ZipPart } from './zip-write'

export async function schemaVersion(ctx: Pick<HandlerContext, 'db'>): Promise<number> {
  const row = await ctx.db.selectFrom('schema_migrations').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst()
  return Number(row?.id ?? 0)
}

/** One line of JSON a row, so a part can be read (and counted) line by line. */
function jsonLines(rows: unknown[]): Buffer {
  return Buffer.from(rows.map((r) => JSON.stringify(r) + '\n').join(''), 'utf8')
}

/** The .khx file: the data parts, the manifest naming each with its SHA-256, and the manifest's HMAC under the shared key. */
export async function exportPackage(ctx: HandlerContext, periods: string[] | 'all', key: string): Promise<ExportedFile> {
  const collected = await collectPackage(ctx, periods)
  const parts: ZipPart[] = []
  const listed: Manifest['parts'] = []
  for (const spec of exchangeTables) {
    const rows = collected.rows.get(spec) ?? []
    const data = jsonLines(rows)
    parts.push({ name: partName(spec), data })
    listed.push({ name: partName(spec), table: spec.table, rows: rows.length, bytes: data.length, sha256: sha256Hex(data) })
  }
  const createdAt = new Date()
  const manifest: Manifest = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    unit: await storedUnitName(ctx.db),
    createdAt: createdAt.toISOString(),
    createdBy: ctx.caller.name,
    appVersion: ctx.backend.version,
    schemaVersion: await schemaVersion(ctx),
    scope: periods === 'all' ? 'all' : 'periods',
    periods: collected.periods,
    omitted: ['birth', 'id_number', 'phone'],
    keyFingerprint: keyFingerprint(key),
    parts: listed,
  }
  const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8')
  const zip = writeZip([{ name: MANIFEST, data: manifestBytes }, { name: SIGNATURE, data: Buffer.from(hmacHex(key, manifestBytes) + '\n') }, ...parts], createdAt)
  await ctx.checkpoint()
  const stamp = createdAt.toISOString().slice(0, 10)
  const ids = collected.periods.map((p) => p.id)
  // a name a file system takes: the codes while they are few, then how many
  const what = periods === 'all' ? 'all' : ids.length <= 3 ? ids.join('_') : `${ids.length}-periods`
  return { fileName: `kaohe-${what}-${stamp}.khx`, dataBase64: zip.toString('base64') }
}
