import { useMemo, useState } from 'react'
import type { Indicator, Period, RatingsPreview } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { announcesReimport } from '../../components/import-calls'
import { ImportDialog } from '../../components/import-dialog'
import { useRpcQuery } from '../../lib/use-rpc'

export const inputKinds = ['ratings', 'ballots', 'satisfaction', 'measures'] as const
export type InputKindChoice = (typeof inputKinds)[number]

/** ballots feed the 票决 indicator; satisfaction any leaf (the backend suggests); ratings and measures name theirs per row */
const indicatorFilter: Partial<Record<InputKindChoice, (i: Indicator, leaves: Set<string>) => boolean>> = {
  ballots: (i, leaves) => leaves.has(i.code) && i.mode === '票决',
  satisfaction: (i, leaves) => leaves.has(i.code) && i.mode !== '票决' && i.mode !== '否决' && i.mode !== '加减分',
}

/**
 * One import for every rating input: ratings (long or wide, detected), ballot summaries, citizen
 * satisfaction and measured values. The kind, the indicator a whole file feeds and "replace the earlier
 * import of this file" sit above the shared preview; the preview re-runs when they change.
 */
export function InputImportDialog({ period, initialKind, onImported, onClose }: { period: Period; initialKind: InputKindChoice; onImported(): void; onClose(): void }) {
  const [kind, setKind] = useState<InputKindChoice>(initialKind)
  const [indicator, setIndicator] = useState('')
  const [replace, setReplace] = useState(false)
  const [layout, setLayout] = useState<RatingsPreview['layout'] | undefined>(undefined)
  const [seenBefore, setSeenBefore] = useState(false)
  const scheme = useRpcQuery('scheme-get', { name: period.schemeName, version: period.schemeVersion })
  const choices = useMemo(() => {
    const filter = indicatorFilter[kind]
    const all = scheme.data?.indicators ?? []
    if (!filter) return []
    const parents = new Set(all.map((i) => i.parentCode).filter((c): c is string => Boolean(c)))
    const leaves = new Set(all.filter((i) => !parents.has(i.code)).map((i) => i.code))
    return all.filter((i) => filter(i, leaves))
  }, [scheme.data, kind])

  const extra = { period: period.id, indicator: indicator || undefined, replace: replace || undefined }
  const fields = (
    <>
      <label className="field">
        <span className="field-label">{t('ui.inputs.kind')}</span>
        <select data-testid="input-kind" value={kind} onChange={(e) => setKind(e.target.value as InputKindChoice)}>
          {inputKinds.map((k) => (
            <option key={k} value={k}>
              {t(`ui.inputs.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {choices.length > 0 && (
        <label className="field">
          <span className="field-label">{t('ui.inputs.indicator')}</span>
          <select data-testid="input-indicator" value={indicator} onChange={(e) => setIndicator(e.target.value)}>
            <option value="">{choices.length > 1 && kind === 'ballots' ? t('ui.inputs.indicatorChoose') : t('ui.inputs.indicatorAuto')}</option>
            {choices.map((i) => (
              <option key={i.code} value={i.code}>
                {`${i.code} ${i.name}`}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className={seenBefore ? 'field check-field check-field-warn' : 'field check-field'}>
        <span className="field-label">{t('ui.inputs.replaceLabel')}</span>
        <span className="check-line">
          <input type="checkbox" data-testid="input-replace" checked={replace} onChange={(e) => setReplace(e.target.checked)} />
          <span>{seenBefore ? t('ui.inputs.replaceOffered') : t('ui.inputs.replaceHelp')}</span>
        </span>
      </label>
      {layout !== undefined && kind === 'ratings' && (
        <div className="field">
          <span className="field-label">{t('ui.inputs.layout')}</span>
          <span className="chip chip-info" data-testid="input-layout" data-layout={layout ?? 'none'}>
            {t(`ui.inputs.layout.${layout ?? 'none'}`)}
          </span>
        </div>
      )}
    </>
  )
  return (
    <ImportDialog
      kind={kind}
      title={t('ui.inputs.title', { period: period.id })}
      extra={extra}
      fileTestId="input-file"
      fields={fields}
      previewKey={`${kind}|${indicator}|${replace}`}
      onPreview={(p) => {
        setLayout(kind === 'ratings' ? ((p as RatingsPreview).layout ?? null) : undefined)
        const again = announcesReimport(p)
        setSeenBefore(again)
        // the same bytes again: the import replaces the earlier batch, as the preview says
        if (again && !replace) setReplace(true)
      }}
      onImported={onImported}
      onClose={onClose}
    />
  )
}
