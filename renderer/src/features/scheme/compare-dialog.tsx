import { useState } from 'react'
import type { Indicator, SchemeSummary } from '../../../../shared/contract'
import { t, type MessageKey } from '../../../../shared/i18n'
import { Dialog } from '../../components/dialog'
import { Field } from '../../components/field'
import { Select } from '../../components/inputs'
import { LoadError } from '../../components/page'
import { percent } from '../../lib/format'
import { useRpcQuery } from '../../lib/use-rpc'
import './compare-dialog.css'

/** The fields shown side by side; other changed fields are named in the last column. */
const shown = ['name', 'parentCode', 'weight', 'layer', 'scope', 'nature', 'mode'] as const
type Shown = (typeof shown)[number]
const label: Record<keyof Indicator, MessageKey> = {
  id: 'ui.indicator.code',
  code: 'ui.indicator.code',
  name: 'ui.indicator.name',
  parentCode: 'ui.compare.parent',
  weight: 'ui.indicator.weight',
  layer: 'ui.indicator.layer',
  scope: 'ui.indicator.scope',
  nature: 'ui.indicator.nature',
  mode: 'ui.indicator.mode',
  target: 'ui.schemeEdit.target',
  direction: 'ui.schemeEdit.direction',
  cap: 'ui.schemeEdit.cap',
  validFrom: 'ui.schemeEdit.validFrom',
  validTo: 'ui.schemeEdit.validTo',
  description: 'ui.schemeEdit.definition',
  sortOrder: 'ui.compare.order',
}

function show(ind: Indicator | null, f: Shown): string {
  if (!ind) return ''
  if (f === 'weight') return `${percent(ind.weight)}%`
  if (f === 'scope') return ind.scope.join(t('ui.listSeparator'))
  const v = ind[f]
  return v === null ? '—' : String(v)
}

interface Line {
  kind: 'added' | 'removed' | 'changed'
  code: string
  before: Indicator | null
  after: Indicator | null
  fields: string[]
}

/** Two versions side by side: what was added, removed and changed, the changed fields highlighted. */
export function CompareDialog({ name, versions, current, onClose }: { name: string; versions: SchemeSummary[]; current: number; onClose(): void }) {
  const sorted = [...versions].sort((a, b) => a.version - b.version)
  const previous = sorted.filter((v) => v.version < current).pop()?.version ?? sorted[0]?.version ?? current
  const [from, setFrom] = useState(previous === current && sorted.length > 1 ? sorted[sorted.length - 2].version : previous)
  const [to, setTo] = useState(current === from && sorted.length > 1 ? sorted[sorted.length - 1].version : current)
  const diff = useRpcQuery('scheme-compare', from !== to ? { name, from, to } : null)

  const lines: Line[] = diff.data
    ? [
        ...diff.data.changed.map((c) => ({ kind: 'changed' as const, code: c.code, before: c.before, after: c.after, fields: c.fields })),
        ...diff.data.added.map((a) => ({ kind: 'added' as const, code: a.code, before: null, after: a, fields: [] })),
        ...diff.data.removed.map((r) => ({ kind: 'removed' as const, code: r.code, before: r, after: null, fields: [] })),
      ].sort((a, b) => a.code.localeCompare(b.code, 'zh-CN', { numeric: true }))
    : []
  const counts = diff.data ? { added: diff.data.added.length, removed: diff.data.removed.length, changed: diff.data.changed.length } : null

  const versionChoices = sorted.map((v) => ({ value: v.version, label: t('ui.scheme.version', { version: v.version }) }))

  return (
    <Dialog title={t('ui.compare.title', { name })} testId="compare-dialog" onClose={onClose} wide>
      <div className="toolbar">
        <Field label={t('ui.compare.from')} inline>
          <Select testId="compare-from" value={from} options={versionChoices} onChange={setFrom} />
        </Field>
        <span aria-hidden="true">→</span>
        <Field label={t('ui.compare.to')} inline>
          <Select testId="compare-to" value={to} options={versionChoices} onChange={setTo} />
        </Field>
        <span className="grow" />
        {counts && (
          <span data-testid="compare-counts" data-added={counts.added} data-removed={counts.removed} data-changed={counts.changed}>
            <span className="chip chip-ok">{t('ui.compare.addedN', { n: counts.added })}</span>{' '}
            <span className="chip chip-bad">{t('ui.compare.removedN', { n: counts.removed })}</span>{' '}
            <span className="chip chip-warn">{t('ui.compare.changedN', { n: counts.changed })}</span>
          </span>
        )}
      </div>
      {from === to && <p className="muted">{t('ui.compare.same')}</p>}
      {diff.error && <LoadError error={diff.error} onRetry={diff.reload} />}
      {diff.data && lines.length === 0 && <p className="muted" data-testid="compare-none">{t('ui.compare.none')}</p>}
      {lines.length > 0 && (
        <div className="table-scroll">
          <table className="table compare-table" data-testid="compare-table">
            <thead>
              <tr>
                <th rowSpan={2}>{t('ui.compare.kind')}</th>
                <th rowSpan={2}>{t('ui.indicator.code')}</th>
                <th colSpan={shown.length} className="compare-side">
                  {t('ui.scheme.version', { version: from })}
                </th>
                <th colSpan={shown.length} className="compare-side">
                  {t('ui.scheme.version', { version: to })}
                </th>
                <th rowSpan={2}>{t('ui.compare.other')}</th>
              </tr>
              <tr>
                {[...shown, ...shown].map((f, i) => (
                  <th key={i} className={i === shown.length ? 'compare-split' : undefined}>
                    {t(label[f])}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => (
                <tr key={`${l.kind}-${l.code}`} className={`compare-${l.kind}`} data-testid={`compare-row-${l.code}`} data-kind={l.kind}>
                  <td>
                    <span className={l.kind === 'added' ? 'chip chip-ok' : l.kind === 'removed' ? 'chip chip-bad' : 'chip chip-warn'}>{t(`ui.compare.${l.kind}`)}</span>
                  </td>
                  <td className="mono">{l.code}</td>
                  {shown.map((f, i) => (
                    <td key={`b-${f}`} className={[l.fields.includes(f) ? 'compare-hit' : '', i === 0 ? 'wrap' : ''].join(' ')} data-field={f}>
                      {show(l.before, f)}
                    </td>
                  ))}
                  {shown.map((f, i) => (
                    <td
                      key={`a-${f}`}
                      className={[l.fields.includes(f) ? 'compare-hit' : '', i === 0 ? 'compare-split wrap' : ''].join(' ')}
                      data-field={f}
                      data-changed={l.fields.includes(f) || undefined}
                    >
                      {show(l.after, f)}
                    </td>
                  ))}
                  <td className="wrap">
                    {l.fields
                      .filter((f) => !(shown as readonly string[]).includes(f))
                      .map((f) => (f in label ? t(label[f as keyof Indicator]) : f))
                      .join(t('ui.listSeparator'))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Dialog>
  )
}
