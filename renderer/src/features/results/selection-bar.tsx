import { useState } from 'react'
import type { Exemption, Period, PeriodResults, ResultRow } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { exemptBlocked, overrideBlocked } from './decision-gates'
import { ExemptDialog } from './exempt-dialog'
import { ExemptionsDialog } from './exemptions-dialog'
import { OverrideDialog, OverrideRemoveDialog } from './override-dialog'
import { useMayCall } from '../../lib/route-access'
import { OfficeText } from '../../components/office-text'
import { officeText } from '../../../../shared/i18n/office-text'

/** A button that, when off, says why in its tooltip (also on a wrapper: a disabled button gets no hover in every engine). */
function GatedButton({ testId, blocked, label, primary, onClick }: { testId: string; blocked: string | null; label: string; primary?: boolean; onClick(): void }) {
  return (
    <span className="gated" title={blocked ?? undefined} data-testid={`${testId}-gate`}>
      <button type="button" className={primary ? 'button button-primary' : 'button'} data-testid={testId} title={blocked ?? undefined} disabled={blocked !== null} onClick={onClick}>
        {label}
      </button>
    </span>
  )
}

type Open = 'override' | 'override-remove' | 'exempt' | 'exemptions' | null

interface SelectionBarProps {
  period: Period
  results: PeriodResults | null
  row: ResultRow | null
  onExplain(): void
  /** an override answers the changed row */
  onRowChanged(row: ResultRow): void
  /** an exemption recomputed the period: read it again */
  onRecomputed(): void
}

/** Above the grid: who is selected, and what the committee can do for them in this period's state. */
export function SelectionBar({ period, results, row, onExplain, onRowChanged, onRecomputed }: SelectionBarProps) {
  const [open, setOpen] = useState<Open>(null)
  const computed = Boolean(results?.computedAt)
  const noRow = t('ui.res.noneSelected')
  const overrideGate = row ? overrideBlocked(period, computed) : noRow
  const exemptGate = row ? exemptBlocked(period, computed) : noRow
  const overridden = row !== null && row.flags.some((f) => f.kind === 'override')
  const close = () => setOpen(null)
  // only what the signed-in account's roles may call is offered (a leader reads; the clerk decides)
  const mayOverride = useMayCall('overrides-add')
  const mayRemoveOverride = useMayCall('overrides-remove')
  const mayExempt = useMayCall('exemptions-add')
  const mayListExemptions = useMayCall('exemptions-list')

  return (
    <div className="selection-bar" data-testid="results-selection" data-staff={row?.staffNo ?? ''}>
      <span className={row ? 'selection-who' : 'muted'}>{row ? <OfficeText text={t('ui.res.selected', { name: officeText(row.name), staffNo: officeText(row.staffNo) })} /> : noRow}</span>
      <span className="grow" />
      <button type="button" className="button" data-testid="explain-open" disabled={!row} onClick={onExplain}>
        {t('ui.explain.open')}
      </button>
      {overridden && mayRemoveOverride ? (
        <GatedButton testId="override-remove" blocked={overrideGate} label={t('ui.override.remove')} onClick={() => setOpen('override-remove')} />
      ) : null}
      {mayOverride && <GatedButton testId="override-open" blocked={overrideGate} label={t('ui.override.open')} onClick={() => setOpen('override')} />}
      {mayExempt && <GatedButton testId="exempt-open" blocked={exemptGate} label={t('ui.exempt.open')} onClick={() => setOpen('exempt')} />}
      {mayListExemptions && (
        <button type="button" className="button" data-testid="exemptions-open" disabled={!computed} onClick={() => setOpen('exemptions')}>
          {t('ui.exempt.list')}
        </button>
      )}

      {open === 'override' && row && results && (
        <OverrideDialog
          period={period.id}
          kind={results.kind}
          row={row}
          onClose={close}
          onSaved={(r) => {
            close()
            onRowChanged(r)
          }}
        />
      )}
      {open === 'override-remove' && row && (
        <OverrideRemoveDialog
          period={period.id}
          row={row}
          onClose={close}
          onSaved={(r) => {
            close()
            onRowChanged(r)
          }}
        />
      )}
      {open === 'exempt' && row && (
        <ExemptDialog
          period={period.id}
          row={row}
          onClose={close}
          onSaved={(_e: Exemption) => {
            close()
            onRecomputed()
          }}
        />
      )}
      {open === 'exemptions' && <ExemptionsDialog period={period.id} blocked={exemptBlocked(period, computed)} onChanged={onRecomputed} onClose={close} />}
    </div>
  )
}
