import { z } from 'zod'
import { method } from './define'
import { access } from './access'
import { fileInput } from './imports'
import type { ExportedFile } from './report'

/** The shared key as the app shows it back: never the key itself, only who set it, when, and its fingerprint. */
export interface ExchangeKeyInfo {
  /** false until the office sets one */
  set: boolean
  /** 16 hex digits in groups of four, read out on the phone to compare with the other office */
  fingerprint: string | null
  setBy: string | null
  setAt: string | null
}

/** What a package would do to this database, table by table: rows added, rows changed, rows already the same. */
export interface ExchangeCount {
  table: string
  /** the table in words */
  label: string
  add: number
  change: number
  same: number
  /** rows of a period or scheme in conflict: neither added nor skipped, the import is refused */
  conflict: number
}

export interface ExchangePeriodPlan {
  id: string
  name: string
  /** add: new here · same: already here with the same results (skipped) · conflict: here with other results (refused) */
  state: 'add' | 'same' | 'conflict'
}

/** What an exchange package holds and what importing it would do; nothing is written for a preview. */
export interface ExchangePreview {
  fileName: string
  fileHash: string
  /** the sending unit's name, or words saying it set none */
  unit: string
  createdAt: string
  createdBy: string
  appVersion: string
  periods: ExchangePeriodPlan[]
  counts: ExchangeCount[]
  /** each change in words (a person's department, a history grade), the first 200 */
  changes: string[]
  changesTotal: number
  /** each conflict in words, naming the period (or scheme) and what differs; any conflict refuses the import */
  conflicts: string[]
}

export interface ExchangeImportResult extends ExchangePreview {
  added: number
  changed: number
}

/**
 * The shared key as given: a passphrase typed in 设置 or the text of a key file (`--key-file`), trailing
 * line breaks removed. Absent: the key stored in 设置 → 数据交换.
 */
const key = z.string().min(1).max(4096).optional()
const periods = z.array(z.string().min(1).max(50)).min(1).max(200)

export const exchangeMethods = {
  'exchange-key-get': method<ExchangeKeyInfo>()(z.object({}), { mutates: false, access: access.work }),
  /** set or replace the shared key; audited by fingerprint, never the key */
  'exchange-key-set': method<ExchangeKeyInfo>()(z.object({ key: z.string().min(1).max(4096) }), { mutates: true, access: access.work }),
  /** one .khx package of the periods (or of everything): people without 出生年月/身份证号/联系电话, schemes, inputs, results, decisions */
  'exchange-export': method<ExportedFile>()(z.union([z.object({ periods, key }), z.object({ all: z.literal(true), key })]), {
    mutates: false,
    long: true,
    access: access.work,
  }),
  /** checks the package (sizes, checksums, the key) and compares it with this database; writes nothing */
  'exchange-import-preview': method<ExchangePreview>()(z.object({ file: fileInput, key }), { mutates: false, long: true, access: access.work }),
  /** the same checks, then everything in one transaction, or nothing when any conflict or problem is found */
  'exchange-import': method<ExchangeImportResult>()(z.object({ file: fileInput, key }), { mutates: true, long: true, access: access.work }),
}
