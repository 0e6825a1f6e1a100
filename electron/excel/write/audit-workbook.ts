import type { Selectable } from 'kysely'
import type { AuditLogTable } from '../../db/schema'
import type { ExportedFile } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { methodWords } from '../../../shared/i18n/method-words'
import { isRole } from '../../../shared/domain/roles'
import { createStreamingWorkbook } from './streaming-workbook'
import { writeTableSheet } from './table-sheet'
import { exportFileName, unitTitle } from './file-name'

/** one workbook holds at most this many audit rows; a longer log is exported by date range */
export const AUDIT_EXPORT_MAX = 200_000

interface Filters {
  user?: string
  method?: string
  entity?: string
  since?: string
  until?: string
}

/** The audit rows as the auditor files them: one row per entry, the filters used in the title. */
export async function writeAuditWorkbook(rows: Selectable<AuditLogTable>[], filters: Filters, unitName: string): Promise<ExportedFile> {
  const { workbook, finish } = createStreamingWorkbook()
  const used = Object.entries(filters)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${t(`audit.export.filter.${k}` as 'audit.export.filter.user')}：${k === 'method' ? methodWords(String(v)) : String(v)}`)
  await writeTableSheet(workbook, {
    name: t('audit.export.sheet'),
    title: unitTitle(unitName, used.length ? `${t('audit.export.title')}（${used.join('；')}）` : t('audit.export.title')),
    columns: [
      { header: t('audit.export.col.id'), kind: 'integer' },
      { header: t('audit.export.col.at'), kind: 'text' },
      { header: t('audit.export.col.user'), kind: 'text' },
      { header: t('audit.export.col.role'), kind: 'text' },
      { header: t('audit.export.col.method'), kind: 'text' },
      { header: t('audit.export.col.entity'), kind: 'text' },
      { header: t('audit.export.col.entityId'), kind: 'text' },
      { header: t('audit.export.col.before'), kind: 'text', wrap: true },
      { header: t('audit.export.col.after'), kind: 'text', wrap: true },
      { header: t('audit.export.col.hash'), kind: 'text' },
    ],
    rows: rows.map((r) => [
      r.id,
      localTime(r.at),
      r.user_name,
      isRole(r.user_role) ? t(`role.${r.user_role}`) : r.user_role,
      methodWords(r.method),
      r.entity,
      r.entity_id,
      clip(r.before),
      clip(r.after),
      r.hash,
    ]),
    freezeColumns: 1,
  })
  const bytes = await finish()
  return { fileName: exportFileName({ unit: unitName, content: t('exportName.audit', { date: localTime(new Date().toISOString()).slice(0, 10) }) }), dataBase64: bytes.toString('base64') }
}

/** a cell holds 32,767 characters; a longer before/after (a whole import's summary) is cut and says so */
function clip(text: string | null): string | null {
  if (text === null) return null
  return text.length > 32_000 ? `${text.slice(0, 32_000)}…（${t('audit.export.clipped')}）` : text
}

function localTime(iso: string): string {
  const d = new Date(iso)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`
}
