import { useMemo } from 'react'
import type { Period } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { Field } from './field'
import { Select } from './inputs'

/** The years an office can pick: every year with a period, and this year, newest first. */
export function useYears(periods: readonly Period[] | undefined): number[] {
  return useMemo(() => {
    const ys = new Set((periods ?? []).map((p) => p.year))
    ys.add(new Date().getFullYear())
    return [...ys].sort((a, b) => b - a)
  }, [periods])
}

export function YearSelect({ testId, years, value, onChange }: { testId: string; years: readonly number[]; value: number | null; onChange(year: number): void }) {
  return (
    <Field label={t('ui.decide.uses.year')} inline>
      <Select testId={testId} value={value ?? ''} options={years.map((y) => ({ value: y, label: t('ui.decide.uses.yearOption', { year: y }) }))} onChange={onChange} />
    </Field>
  )
}
