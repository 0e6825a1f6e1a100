import type { ReactNode } from 'react'
import { t } from '../../../../../shared/i18n'
import { num, TableHead } from '../../../components/table-head'
import type { Criterion } from './weights-model'

export interface WeightColumn {
  label: string
  cell(c: Criterion, i: number): ReactNode
  /** the cells' class beyond the right-aligned number (cell-strong, muted) */
  className?: string
  /** the cells' test id and the number they show, for the tests */
  testId?(c: Criterion): string
  weight?(i: number): number | undefined
}

/** A weight as the tables show it: 41.9% (— while there is none). */
export const percentText = (v: number | undefined): string => (v === undefined ? '—' : `${(v * 100).toFixed(1)}%`)

/** The weights of one method as a column: `<testPrefix>-<code>` cells carrying data-weight. */
export function weightColumn(label: string, weights: readonly number[] | null | undefined, testPrefix: string, className?: string): WeightColumn {
  return { label, className, cell: (_, i) => percentText(weights?.[i]), testId: (c) => `${testPrefix}-${c.code}`, weight: (i) => weights?.[i] }
}

/** The children being weighed, code and name, then one column per figure (entered, computed, mixed). */
export function WeightsTable({ criteria, columns, testId }: { criteria: Criterion[]; columns: WeightColumn[]; testId?: string }) {
  return (
    <table className="table weights-table" data-testid={testId}>
      <TableHead cells={[t('ui.indicator.code'), t('ui.indicator.name'), ...columns.map((col) => num(col.label))]} />
      <tbody>
        {criteria.map((c, i) => (
          <tr key={c.code}>
            <td className="mono">{c.code}</td>
            <td data-user-text>{c.name}</td>
            {columns.map((col) => (
              <td key={col.label} className={col.className ? `num ${col.className}` : 'num'} data-testid={col.testId?.(c)} data-weight={col.weight?.(i)}>
                {col.cell(c, i)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
