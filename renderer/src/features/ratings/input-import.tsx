import { useMemo, useState } from 'react'
import type { Indicator, Period, RatingsPreview } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { announcesReimport } from '../../components/import-calls'
import { Field } from '../../components/field'
import { ImportDialog } from '../../components/import-dialog'
import { Select } from '../../components/inputs'
import { ReplaceField } from '../../components/replace-field'
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
      <Field label={t('ui.inputs.kind')}>
        <Select testId="input-kind" value={kind} options={inputKinds.map((k) => ({ value: k, label: t(`ui.inputs.kind.${k}`) }))} onChange={setKind} />
      </Field>
      {choices.length > 0 && (
        <Field label={t('ui.inputs.indicator')}>
          <Select
            testId="input-indicator"
            value={indicator}
            empty={choices.length > 1 && kind === 'ballots' ? t('ui.inputs.indicatorChoose') : t('ui.inputs.indicatorAuto')}
            options={choices.map((i) => ({ value: i.code, label: `${i.code} ${i.name}` }))}
            onChange={setIndicator}
          />
        </Field>
      )}
      <ReplaceField
        label={t('ui.inputs.replaceLabel')}
        testId="input-replace"
        checked={replace}
        offered={seenBefore}
        help={seenBefore ? t('ui.inputs.replaceOffered') : t('ui.inputs.replaceHelp')}
        onChange={setReplace}
      />
      {layout !== undefined && kind === 'ratings' && (
        <Field label={t('ui.inputs.layout')} group>
          <span className="chip chip-info" data-testid="input-layout" data-layout={layout ?? 'none'}>
            {t(`ui.inputs.layout.${layout ?? 'none'}`)}
          </span>
        </Field>
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
