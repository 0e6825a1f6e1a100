import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { Period } from '../../../shared/contract'
import { isMessageKey, t } from '../../../shared/i18n'
import { useMayCall } from '../lib/route-access'
import { useRpcQuery } from '../lib/use-rpc'
import { Field } from './field'
import { Select } from './inputs'
import { Empty } from './page'

interface PeriodState {
  /** the period chosen on any screen, kept when moving between 评分, 结果 and 报表 */
  periodId: string | null
  setPeriodId(id: string | null): void
}

const PeriodContext = createContext<PeriodState | null>(null)

export function PeriodProvider({ children }: { children: ReactNode }) {
  const [periodId, setPeriodId] = useState<string | null>(null)
  const value = useMemo(() => ({ periodId, setPeriodId }), [periodId])
  return <PeriodContext.Provider value={value}>{children}</PeriodContext.Provider>
}

export function periodKindText(kind: Period['kind']): string {
  return t(`ui.periodKind.${kind}`)
}

export function periodStatusText(status: Period['status']): string {
  const key = `ui.periodStatus.${status}`
  return isMessageKey(key) ? t(key) : status
}

/**
 * The period chooser of 评分 / 结果 / 报表. Without a choice yet it takes the newest period; returns
 * the chosen period (or null while there is none).
 */
export function usePeriodChoice(): { period: Period | null; periods: Period[]; loading: boolean; picker: ReactNode } {
  const ctx = useContext(PeriodContext)
  if (!ctx) throw new Error('usePeriodChoice outside PeriodProvider')
  const { periodId, setPeriodId } = ctx
  const list = useRpcQuery('period-list', {})
  const periods = useMemo(() => [...(list.data ?? [])].sort((a, b) => b.id.localeCompare(a.id)), [list.data])

  useEffect(() => {
    if (periods.length === 0) return
    if (!periodId || !periods.some((p) => p.id === periodId)) setPeriodId(periods[0].id)
  }, [periods, periodId, setPeriodId])

  const period = periods.find((p) => p.id === periodId) ?? null
  const picker = (
    <Field label={t('ui.period.label')} inline>
      <Select
        testId="period-select"
        value={period?.id ?? ''}
        disabled={periods.length === 0}
        options={periods.map((p) => ({
          value: p.id,
          label: t('ui.period.option', { label: p.name && p.name !== p.id ? `${p.id} · ${p.name}` : p.id, kind: periodKindText(p.kind), status: periodStatusText(p.status) }),
        }))}
        empty={periods.length === 0 ? (list.loading ? t('ui.loading') : t('ui.period.none')) : undefined}
        onChange={(id) => setPeriodId(id || null)}
      />
    </Field>
  )
  return { period, periods, loading: list.loading, picker }
}

/** 还没有考核周期: a role that creates periods is sent to 考核周期 to make one; a reader is told one is yet to come. */
export function NoPeriod({ testId }: { testId?: string }) {
  const mayCreate = useMayCall('period-create')
  return <Empty testId={testId}>{t(mayCreate ? 'ui.period.needOne' : 'ui.period.needOneReader')}</Empty>
}

/** Chooses the period for every screen's picker: a link that leads to one period's screen sets it first. */
export function useSetPeriod(): (id: string) => void {
  const ctx = useContext(PeriodContext)
  if (!ctx) throw new Error('useSetPeriod outside PeriodProvider')
  return ctx.setPeriodId
}
