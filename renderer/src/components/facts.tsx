import type { HTMLAttributes, ReactNode } from 'react'
import './facts.css'

type Data = { [k: `data-${string}`]: string | number | boolean | undefined }

export interface Fact {
  label: ReactNode
  value: ReactNode
  /** attributes of the pair's box (a test id, data-*) */
  box?: HTMLAttributes<HTMLDivElement> & Data
  /** attributes of the value (a test id, a class) */
  valueProps?: HTMLAttributes<HTMLElement> & Data
}

/** Labels and their values: four to a row, or one under the other (`stacked`). */
export function Facts({ facts, stacked, className }: { facts: readonly (Fact | false | null)[]; stacked?: boolean; className?: string }) {
  const classes = ['facts', stacked && 'facts-stacked', className].filter(Boolean).join(' ')
  return (
    <dl className={classes}>
      {facts.map(
        (f, i) =>
          f && (
            <div key={i} {...f.box}>
              <dt>{f.label}</dt>
              <dd {...f.valueProps}>{f.value}</dd>
            </div>
          ),
      )}
    </dl>
  )
}
