import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  auditCanonical,
  chainAuditRows,
  checkAuditHead,
  checkAuditRow,
  emptyAuditHead,
  type AuditContent,
  type AuditHead,
  type ChainedAuditRow,
} from '../../../shared/domain/audit-chain'

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex')
const content = (i: number): AuditContent => ({
  at: '2025-06-01T08:00:00.000Z',
  user_name: '张三',
  user_role: 'admin',
  method: 'roster-import',
  entity: 'person',
  entity_id: `S${String(i).padStart(3, '0')}`,
  before: null,
  after: JSON.stringify({ name: `人员${i}`, department: '办公室' }),
})

/** The whole walk as the backend does it: every row, then the head. */
function verify(head: AuditHead | null, rows: ChainedAuditRow[]) {
  let prev: ChainedAuditRow | null = null
  for (const r of rows) {
    const broken = checkAuditRow(head, prev, r, sha256)
    if (broken) return broken
    prev = r
  }
  return checkAuditHead(head, prev, rows.length)
}

describe('rule: each audit row hashes its content with the id and hash of the row before; a head holds the last link', () => {
  const five = chainAuditRows(emptyAuditHead, 1, [1, 2, 3, 4, 5].map(content), sha256)

  it('hashes a fixed JSON array of the fields, in their order, the first row linking to nothing', () => {
    const first = five.rows[0]
    const text = '[1,"2025-06-01T08:00:00.000Z","张三","admin","roster-import","person","S001",null,"{\\"name\\":\\"人员1\\",\\"department\\":\\"办公室\\"}",null,null]'
    expect(auditCanonical(first)).toBe(text)
    expect(first.hash).toBe(sha256(text))
    expect(five.rows[1]).toMatchObject({ id: 2, prev_id: 1, prev_hash: first.hash })
    expect(five.head).toEqual({ lastId: 5, lastHash: five.rows[4].hash, rows: 5 })
  })

  it('a chain written in two calls is the chain written in one', () => {
    const a = chainAuditRows(emptyAuditHead, 1, [1, 2].map(content), sha256)
    const b = chainAuditRows(a.head, 3, [3, 4, 5].map(content), sha256)
    expect([...a.rows, ...b.rows]).toEqual(five.rows)
    expect(b.head).toEqual(five.head)
  })

  it('an untouched chain verifies', () => {
    expect(verify(five.head, five.rows)).toBeNull()
    expect(verify(emptyAuditHead, [])).toBeNull()
  })

  it('an edited row fails its own hash', () => {
    const rows = five.rows.map((r) => (r.id === 3 ? { ...r, after: r.after!.replace('办公室', '财务科') } : r))
    expect(verify(five.head, rows)).toEqual({ problem: 'edited', id: 3, prev: 2 })
  })

  it('a deleted row is named by the link of the row after it', () => {
    expect(verify(five.head, five.rows.filter((r) => r.id !== 3))).toEqual({ problem: 'missing', id: 3, prev: 2 })
    expect(verify(five.head, five.rows.filter((r) => r.id !== 1))).toEqual({ problem: 'missing', id: 1, prev: null })
  })

  it('a row edited and re-hashed no longer matches what the next row recorded', () => {
    const rows = five.rows.map((r) => {
      if (r.id !== 3) return r
      const edited = { ...r, after: '{}' }
      return { ...edited, hash: sha256(auditCanonical(edited)) }
    })
    expect(verify(five.head, rows)).toEqual({ problem: 'relinked', id: 4, prev: 3 })
  })

  it('a deleted last row shows against the head, and so does an emptied log', () => {
    expect(verify(five.head, five.rows.slice(0, 4))).toEqual({ problem: 'truncated', id: 5, prev: 4 })
    expect(verify(five.head, [])).toEqual({ problem: 'truncated', id: 5, prev: null })
  })

  it('a row appended past the head, a head rewound or deleted, are the head not matching', () => {
    const more = chainAuditRows(five.head, 6, [content(6)], sha256)
    expect(verify(five.head, [...five.rows, ...more.rows])).toEqual({ problem: 'head', id: 6, prev: 5 })
    expect(verify({ ...five.head, rows: 4 }, five.rows)).toEqual({ problem: 'head', id: 5, prev: 5 })
    expect(verify(null, five.rows)).toEqual({ problem: 'head', id: 5, prev: 5 })
  })

  it('the rows written after the last row was deleted point into the gap', () => {
    const later = chainAuditRows(five.head, 6, [content(6)], sha256)
    expect(verify(later.head, [...five.rows.slice(0, 4), ...later.rows])).toEqual({ problem: 'missing', id: 5, prev: 4 })
  })

  it('cannot tell a chain recomputed from the edit on, head included, from an honest one', () => {
    // the limit of an unkeyed hash: whoever knows this rule can rebuild the chain after their edit
    const forged = chainAuditRows(emptyAuditHead, 1, [1, 2, 3, 4, 5].map((i) => (i === 3 ? { ...content(3), after: '{}' } : content(i))), sha256)
    expect(verify(forged.head, forged.rows)).toBeNull()
  })
})
