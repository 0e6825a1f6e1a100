import { useMemo } from 'react'
import type { Department } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { buildTree } from '../../components/tree-grid'
import './org.css'

interface OrgTreeProps {
  departments: Department[]
  total: number
  selected: string | null
  onSelect(path: string | null): void
  /** whether this account imports the roster: the empty tree asks for an import only then */
  mayImport: boolean
}

const getId = (d: Department) => String(d.id)
const getParentId = (d: Department) => (d.parentId === null ? null : String(d.parentId))
// the order the office listed them in (the roster's order), not alphabetical
const byId = (a: Department, b: Department) => a.id - b.id

/** The organisation as an indented list with headcounts; choosing a node filters the roster to it and below. */
export function OrgTree({ departments, total, selected, onSelect, mayImport }: OrgTreeProps) {
  const rows = useMemo(() => buildTree(departments, getId, getParentId, byId).rows, [departments])
  return (
    <nav className="org-tree" data-testid="org-tree" aria-label={t('ui.org.tree')}>
      <button type="button" className={selected === null ? 'org-node active' : 'org-node'} data-testid="org-node-all" onClick={() => onSelect(null)}>
        <span className="org-name">{t('ui.org.all')}</span>
        <span className="badge">{total}</span>
      </button>
      {rows.map((r) => (
        <button
          key={r.id}
          type="button"
          className={selected === r.data.path ? 'org-node active' : 'org-node'}
          style={{ paddingLeft: 12 + r.depth * 16 }}
          data-testid={`org-node-${r.data.id}`}
          data-path={r.data.path}
          title={r.data.path}
          // a department's name and path are the office's own words
          data-user-text
          onClick={() => onSelect(r.data.path)}
        >
          <span className="org-name">{r.data.name}</span>
          <span className="badge">{r.data.headcount}</span>
        </button>
      ))}
      {rows.length === 0 && <p className="muted small panel-note">{t(mayImport ? 'ui.org.noDepartments' : 'ui.org.noDepartmentsReader')}</p>}
    </nav>
  )
}

/** Whether a person's department is the chosen node or below it (paths join levels with '/'). */
export function inDepartment(personDept: string, path: string): boolean {
  return personDept === path || personDept.startsWith(path + '/')
}
