import { useState, type ReactNode } from 'react'
import { DataGrid, type DataGridProps } from './data-grid'

interface CountedGridProps<T> extends DataGridProps<T> {
  /** the caption's count: `<testId>` carries data-count (rows shown after filters) and data-total */
  count: { testId: string; total: number; text(shown: number): string }
  /** more in the caption after the count (a filter tag, a note) */
  caption?: ReactNode
}

/** A grid under its caption "显示 n / 共 m": the count follows the grid's own filters and search. */
export function CountedGrid<T>({ count, caption, onModelUpdated, ...grid }: CountedGridProps<T>) {
  const [shown, setShown] = useState(0)
  return (
    <div className="main-panel">
      <div className="grid-caption">
        <span data-testid={count.testId} data-count={shown} data-total={count.total}>
          {count.text(shown)}
        </span>
        {caption}
      </div>
      <DataGrid<T>
        {...grid}
        onModelUpdated={(e) => {
          setShown(e.api.getDisplayedRowCount())
          onModelUpdated?.(e)
        }}
      />
    </div>
  )
}
