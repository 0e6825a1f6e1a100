import { z } from 'zod'
import { method } from './define'
import { access } from './access'
import type { AuditProblem } from '../domain/audit-chain'
import type { ExportedFile } from './report'

export type { AuditProblem }

export interface AuditEntry {
  id: number
  at: string
  user: string
  /** the role the call was made as (a role id; older rows may hold other text) */
  role: string
  method: string
  entity: string
  entityId: string | null
  before: unknown
  after: unknown
}

/**
 * The walk of the audit log's hash chain (shared/domain/audit-chain.ts). `rows`: how many rows were
 * found sound — all of them when `ok`, those before the break otherwise. `id` names the first bad
 * row (for `missing` the deleted row, for `truncated` the last row the head still names);
 * `message` says what happened in the user's language. `lastHash` is worth keeping outside the
 * file (printed, filed): a chain rewritten from the first edit on verifies again, but ends elsewhere.
 */
export type AuditVerification =
  | { ok: true; rows: number; lastId: number | null; lastHash: string | null; message: string }
  | { ok: false; rows: number; problem: AuditProblem; id: number; message: string }

/** A day (the whole day, local time) or a moment with its offset. */
const when = z.union([z.iso.date(), z.iso.datetime({ offset: true })])
const name = z.string().trim().min(1).max(200)

export const auditMethods = {
  /** Newest first; every filter optional and combined with AND. `since` and `until` include their day. */
  'audit-list': method<AuditEntry[]>()(
    z.object({
      limit: z.number().int().min(1).max(5000).default(200),
      user: name.optional(),
      method: name.optional(),
      entity: name.optional(),
      since: when.optional(),
      until: when.optional(),
    }),
    { mutates: false, access: access.audit },
  ),
  'audit-verify': method<AuditVerification>()(z.object({}), { mutates: false, access: access.audit }),
  /** the rows `audit-list` would show (without its limit), as a workbook; the export itself is audited */
  'audit-export': method<ExportedFile>()(
    z.object({ user: name.optional(), method: name.optional(), entity: name.optional(), since: when.optional(), until: when.optional() }),
    { mutates: false, access: access.audit },
  ),
}
