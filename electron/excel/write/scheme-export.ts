import type { EffectiveScheme, Indicator } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { schemeFields } from '../fields'
import { createStreamingWorkbook } from './streaming-workbook'
import { writeTableSheet, type CellInput, type TableColumn } from './table-sheet'
import { unitTitle } from './file-name'

/** Long free text wraps inside its column rather than widening the sheet past the page. */
const WRAPPED = new Set(['name', 'scope', 'description'])

/**
 * A scheme version in the 指标体系 template layout (the importer's own headers), so the file can be
 * edited in Excel and imported again under a new name with the same indicators.
 */
export async function buildSchemeWorkbook(scheme: { name: string; version: number; indicators: readonly Indicator[] }, unitName: string): Promise<Buffer> {
  const { workbook, finish } = createStreamingWorkbook()
  const columns: TableColumn[] = schemeFields.map((f) => ({
    header: f.label,
    kind: 'text',
    marked: f.required,
    ...(WRAPPED.has(f.key) ? { wrap: true, width: { max: f.key === 'description' ? 40 : 24 } } : {}),
  }))
  const rows = scheme.indicators.map((i) => schemeFields.map((f) => cellOf(i, f.key)))
  await writeTableSheet(workbook, {
    name: t('scheme.export.sheet'),
    title: unitTitle(unitName, t('scheme.export.title', { name: scheme.name, version: scheme.version })),
    columns,
    rows,
    freezeColumns: 2,
    // codes are identifiers: a typed 01 must stay 01 when a clerk adds rows
    textColumns: [0, 2],
  })
  return finish()
}

function cellOf(i: Indicator, key: string): CellInput {
  switch (key) {
    case 'weight':
      return percent(i.weight)
    case 'scope':
      return i.scope.join('、') || null
    default: {
      const v = (i as unknown as Record<string, unknown>)[key]
      return typeof v === 'string' || typeof v === 'number' ? v : null
    }
  }
}

/** 0.15 → "15%": twelve significant digits survive the importer's division by 100 unchanged. */
function percent(w: number): string {
  return `${Number((w * 100).toPrecision(12))}%`
}

/** One person's (or class's) applicable indicators and weights, as a printable A4 list. */
export async function buildEffectiveWorkbook(effective: EffectiveScheme, unitName: string): Promise<Buffer> {
  const { workbook, finish } = createStreamingWorkbook()
  await writeTableSheet(workbook, {
    name: t('scheme.effective.sheet'),
    title: unitTitle(unitName, t('scheme.effective.title', { target: effective.target })),
    columns: [
      { header: t('scheme.effective.col.code'), kind: 'text' },
      { header: t('scheme.effective.col.name'), kind: 'text', wrap: true, width: { min: 16, max: 36 } },
      { header: t('scheme.effective.col.layer'), kind: 'text', align: 'center' },
      { header: t('scheme.effective.col.nature'), kind: 'text', align: 'center' },
      { header: t('scheme.effective.col.mode'), kind: 'text', align: 'center' },
      { header: t('scheme.effective.col.setWeight'), kind: 'percent' },
      { header: t('scheme.effective.col.weight'), kind: 'percent' },
      { header: t('scheme.effective.col.globalWeight'), kind: 'percent' },
    ],
    // full-width spaces show the tree level without a column of its own
    rows: effective.indicators.map((e) => [
      e.code,
      `${'\u3000'.repeat(e.level - 1)}${e.name}`,
      e.layer,
      e.nature,
      e.mode,
      e.setWeight,
      e.weight,
      e.globalWeight,
    ]),
    freezeColumns: 2,
    notes: [
      t('scheme.effective.note.scheme', { name: effective.name, version: effective.version, asOf: effective.asOf }),
      t('scheme.effective.note.rescale'),
    ],
  })
  return finish()
}
