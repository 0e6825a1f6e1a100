import type { ReactNode } from 'react'
import './tabs.css'

interface TabsProps<K extends string> {
  tabs: readonly K[]
  active: K
  onChange(tab: NoInfer<K>): void
  /** each tab's words (and anything after them, e.g. a count badge) */
  label(tab: NoInfer<K>): ReactNode
  /** the tab buttons are `<testIdPrefix>-<tab>` */
  testIdPrefix: string
  className?: string
}

/** A row of tabs over the content they switch. */
export function Tabs<K extends string>({ tabs, active, onChange, label, testIdPrefix, className }: TabsProps<K>) {
  return (
    <div className={className ? `tabs ${className}` : 'tabs'} role="tablist">
      {tabs.map((k) => (
        <button key={k} type="button" role="tab" aria-selected={active === k} className={active === k ? 'tab active' : 'tab'} data-testid={`${testIdPrefix}-${k}`} onClick={() => onChange(k)}>
          {label(k)}
        </button>
      ))}
    </div>
  )
}
