/** A head cell: its words, or null over a column of buttons; `num` right-aligns it over numbers. */
export type HeadCell = string | { label: string; num: true } | null

/** A number column's head, right-aligned like its cells. */
export const num = (label: string): HeadCell => ({ label, num: true })

/** The head row of a plain table (class "table"). */
export function TableHead({ cells }: { cells: readonly HeadCell[] }) {
  return (
    <thead>
      <tr>
        {cells.map((c, i) =>
          c === null ? (
            <th key={i} />
          ) : typeof c === 'string' ? (
            <th key={i}>{c}</th>
          ) : (
            <th key={i} className="num">
              {c.label}
            </th>
          ),
        )}
      </tr>
    </thead>
  )
}
