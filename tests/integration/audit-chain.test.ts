import SqliteDatabase from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import type { AuditEntry, AuditVerification, ImportResult } from '../../shared/contract'
import type { Credential } from '../../electron/core/context'
import { setLocale } from '../../shared/i18n'
import { importBackend, type ImportBackend } from '../support/import-backend'
import { cliAs } from '../support/run-cli'
import { signInAs } from '../support/accounts'
import { fixtureFile } from '../support/temp-dir'

const settings = {
  roleWeights: { 领导: 0.6, 互评: 0.2, 自评: 0.1, 群众: 0.1 },
  trimAbove: 5,
  quarterly: { thresholds: { good: 90, fair: 80, poor: 60 }, goodQuota: 0.4 },
  bonusCap: 5,
}

/**
 * A database with real changes through the dispatch: a roster import, a settings change, a period;
 * the 安全审计员 (who reads and verifies the log) signed in first, so nothing is written after them.
 */
async function withChanges(name: string): Promise<ImportBackend> {
  const k = await importBackend(name)
  await signInAs(k.backend.dispatcher, 'auditor')
  await k.ok('roster-import', { file: fixtureFile('roster.xlsx') })
  await k.ok('settings-update', settings)
  await k.ok('scheme-import', { file: fixtureFile('scheme.xlsx'), name: '平时考核2025' })
  await k.ok('period-create', { id: '2025-Q1', kind: 'quarter', scheme: '平时考核2025' })
  return k
}

/** A call of the 安全审计员 (audit-verify, audit-list are theirs), refused calls thrown. */
async function asAuditor<T>(k: ImportBackend, method: string, input: unknown): Promise<T> {
  const r = await k.backend.dispatcher.call(await signInAs(k.backend.dispatcher, 'auditor'), method, input)
  if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`)
  return r.result as T
}
const verify = (k: ImportBackend) => asAuditor<AuditVerification>(k, 'audit-verify', {})

const dbFile = (k: ImportBackend) => k.backend.database.path
const auditCount = async (k: ImportBackend) => Number((await k.db.selectFrom('audit_log').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)
const auditIds = async (k: ImportBackend) => (await k.db.selectFrom('audit_log').select('id').orderBy('id').execute()).map((r) => r.id)

/** What someone with the file and an SQLite tool does: a connection of their own, no app code. */
function tamper(k: ImportBackend, statement: string, ...params: unknown[]): void {
  const raw = new SqliteDatabase(dbFile(k))
  try {
    raw.prepare(statement).run(...params)
  } finally {
    raw.close()
  }
}

describe('the audit log is a hash chain: an edited, deleted or truncated log is named', () => {
  const open: ImportBackend[] = []
  const fresh = async (name: string) => {
    const k = await withChanges(name)
    open.push(k)
    return k
  }
  afterAll(async () => {
    for (const k of open) await k.close()
  })

  it('an untouched log verifies, with every entry counted', async () => {
    const k = await fresh('untouched')
    const v = await verify(k)
    const rows = await auditCount(k)
    expect(rows).toBeGreaterThan(37) // one entry per person of the roster at least
    const head = await k.db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow()
    expect(v).toEqual({ ok: true, rows, lastId: head.last_id, lastHash: head.last_hash, message: `审计日志完整：共 ${rows} 条记录，逐条核对无误。` })
    setLocale('en')
    try {
      expect((await verify(k)).message).toBe(`Audit log intact: ${rows} entries, each checked.`)
    } finally {
      setLocale('zh-CN')
    }
  })

  it("an entry's after text edited by hand names that entry", async () => {
    const k = await fresh('edited')
    // a person the roster import wrote (the accounts' own entries come first)
    const person = await k.db.selectFrom('audit_log').select(['id', 'after']).where('entity', '=', 'person').orderBy('id').offset(10).limit(1).executeTakeFirstOrThrow()
    const target = person.id
    expect(person.after).toContain('"name"')
    tamper(k, 'update audit_log set after = ? where id = ?', person.after!.replace(/"name":"[^"]*"/, '"name":"别人"'), target)
    const v = await verify(k)
    expect(v).toMatchObject({ ok: false, problem: 'edited', id: target, rows: (await auditIds(k)).indexOf(target) })
    expect(v.message).toBe(`审计日志第 ${target} 条记录在写入后被改动过：它的内容与它的摘要对不上。`)
    // writing more does not hide it
    await k.ok('settings-update', { ...settings, bonusCap: 4 })
    expect(await verify(k)).toMatchObject({ ok: false, problem: 'edited', id: target })
  })

  it('a deleted entry in the middle is named by its id', async () => {
    const k = await fresh('deleted')
    const ids = await auditIds(k)
    const target = ids[Math.floor(ids.length / 2)]
    tamper(k, 'delete from audit_log where id = ?', target)
    const v = await verify(k)
    expect(v).toMatchObject({ ok: false, problem: 'missing', id: target })
    expect(v.message).toContain(`第 ${target} 条记录被删除了`)
  })

  it('a deleted last entry is detected, and still after the next change', async () => {
    const k = await fresh('last')
    const last = (await auditIds(k)).at(-1)!
    tamper(k, 'delete from audit_log where id = ?', last)
    const v = await verify(k)
    expect(v).toMatchObject({ ok: false, problem: 'truncated', id: last })
    expect(v.message).toBe(`审计日志末尾的记录被删除了：日志头记录写明最后一条是第 ${last} 条，现在日志只到第 ${last - 1} 条。`)
    // the next change links to the deleted entry (the head remembers it), so the gap stays visible
    await k.ok('settings-update', { ...settings, bonusCap: 3 })
    expect(await verify(k)).toMatchObject({ ok: false, problem: 'missing', id: last })
  })

  it('an entry edited and its hash recomputed breaks the link of the entry after it', async () => {
    const k = await fresh('rehashed')
    const ids = await auditIds(k)
    const raw = new SqliteDatabase(dbFile(k))
    const { sha256 } = await import('../../electron/db/audit-chain')
    const { auditCanonical } = await import('../../shared/domain/audit-chain')
    const row = raw.prepare('select * from audit_log where id = ?').get(ids[5]) as Parameters<typeof auditCanonical>[0]
    const edited = { ...row, after: '{"name":"改过"}' }
    raw.prepare('update audit_log set after = ?, hash = ? where id = ?').run(edited.after, sha256(auditCanonical(edited)), ids[5])
    raw.close()
    expect(await verify(k)).toMatchObject({ ok: false, problem: 'relinked', id: ids[6] })
  })

  it('a log of more than 10,000 entries, written by one import, verifies', async () => {
    const k = await fresh('ten-thousand')
    const csv = ['工号,姓名,部门', ...Array.from({ length: 10_000 }, (_, i) => `P${String(i + 1).padStart(5, '0')},人员${i + 1},部门${(i % 20) + 1}`)].join('\n')
    const r = await k.ok<ImportResult>('roster-import', { file: { fileName: '名册.csv', dataBase64: Buffer.from(csv, 'utf8').toString('base64') } })
    expect(r.written).toBe(10_000)
    const rows = await auditCount(k)
    expect(rows).toBeGreaterThan(10_000)
    expect(await verify(k)).toMatchObject({ ok: true, rows })
    // a break deep in it is still found, past the walk's first pages
    const target = (await auditIds(k))[9_000]
    tamper(k, "update audit_log set entity_id = 'P99999' where id = ?", target)
    expect(await verify(k)).toMatchObject({ ok: false, problem: 'edited', id: target, rows: 9_000 })
  }, 120_000)

  it('a refused change leaves the chain as it was', async () => {
    const k = await fresh('refused')
    const before = await auditCount(k)
    await k.refused('period-create', { id: '2025-Q1', kind: 'quarter', scheme: '平时考核2025' })
    expect(await auditCount(k)).toBe(before)
    expect(await verify(k)).toMatchObject({ ok: true, rows: before })
  })

  it('the command line: audit verify exits 0 with the count, 1 naming the entry', async () => {
    const k = await fresh('cli')
    const good = await cliAs(dbFile(k), 'auditor', 'audit', 'verify')
    // counted after: the auditor's `kaohe login` is on the record too, before the verify ran
    const rows = await auditCount(k)
    expect(good).toMatchObject({ code: 0, out: `审计日志完整：共 ${rows} 条记录，逐条核对无误。` })
    const json = await cliAs(dbFile(k), 'auditor', 'audit', 'verify', '--json')
    expect(JSON.parse(json.out)).toMatchObject({ ok: true, rows })
    const target = (await auditIds(k))[3]
    tamper(k, "update audit_log set after = '{}' where id = ?", target)
    const bad = await cliAs(dbFile(k), 'auditor', 'audit', 'verify')
    expect(bad.code).toBe(1)
    expect(bad.out).toBe(`审计日志第 ${target} 条记录在写入后被改动过：它的内容与它的摘要对不上。`)
    expect(JSON.parse((await cliAs(dbFile(k), 'auditor', 'audit', 'verify', '--json')).out)).toMatchObject({ ok: false, problem: 'edited', id: target })
  })
})

describe('audit-list filters by user, method, entity and time', () => {
  let k: ImportBackend
  let clerk: Credential
  afterAll(async () => {
    await k.close()
  })

  it('keeps its callers working: newest first, at most the limit', async () => {
    k = await withChanges('list')
    // a second 考核工作人员, 李四, makes one change
    clerk = await signInAs(k.backend.dispatcher, 'clerk', { name: '李四' })
    await k.backend.dispatcher.call(clerk, 'settings-update', { ...settings, bonusCap: 2 })
    const all = await asAuditor<AuditEntry[]>(k, 'audit-list', { limit: 5 })
    expect(all).toHaveLength(5)
    expect(all[0]).toMatchObject({ user: '李四', method: 'settings-update', entity: 'settings' })
    expect(all.map((e) => e.id)).toEqual([...all.map((e) => e.id)].sort((a, b) => b - a))
  })

  it('by user, method and entity', async () => {
    // 李四's own entries, newest first: the change, the first password changed, the first login
    expect((await asAuditor<AuditEntry[]>(k, 'audit-list', { user: '李四' })).map((e) => e.method)).toEqual(['settings-update', 'password-change', 'auth-login'])
    const people = await asAuditor<AuditEntry[]>(k, 'audit-list', { method: 'roster-import', entity: 'person', limit: 5000 })
    expect(people.length).toBe(37)
    expect(people.every((e) => e.method === 'roster-import' && e.entity === 'person')).toBe(true)
    expect(await asAuditor<AuditEntry[]>(k, 'audit-list', { user: '王五' })).toEqual([])
  })

  it('since and until take a day (the whole day) or a moment', async () => {
    const entries = await asAuditor<AuditEntry[]>(k, 'audit-list', { limit: 5000 })
    const today = localDay(new Date())
    expect(await asAuditor<AuditEntry[]>(k, 'audit-list', { since: today, until: today, limit: 5000 })).toHaveLength(entries.length)
    expect(await asAuditor<AuditEntry[]>(k, 'audit-list', { until: localDay(new Date(Date.now() - 86_400_000 * 2)) })).toEqual([])
    const newest = entries[0].at
    expect((await asAuditor<AuditEntry[]>(k, 'audit-list', { since: newest })).every((e) => e.at >= newest)).toBe(true)
    const refused = await k.backend.dispatcher.call(await signInAs(k.backend.dispatcher, 'auditor'), 'audit-list', { since: 'yesterday' })
    expect(!refused.ok && refused.error.code).toBe('invalid-input')
  })

  it('the command line: audit list --user --method --since --json is the array of entries', async () => {
    const r = await cliAs(dbFile(k), 'auditor', 'audit', 'list', '--user', '李四', '--method', 'settings-update', '--since', localDay(new Date()), '--json')
    expect(r.code, r.err).toBe(0)
    const entries = JSON.parse(r.out) as AuditEntry[]
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ user: '李四', method: 'settings-update', entity: 'settings', entityId: 'rules' })
    expect((entries[0].after as { bonusCap: number }).bonusCap).toBe(2)
    const text = await cliAs(dbFile(k), 'auditor', 'audit', 'list', '--user', '李四')
    expect(text.out.split('\n')).toEqual([
      expect.stringMatching(/^#\d+\t\S+\t李四\tsettings-update\tsettings · rules$/),
      expect.stringMatching(/^#\d+\t\S+\t李四\tpassword-change\taccount · 李四$/),
      expect.stringMatching(/^#\d+\t\S+\t李四\tauth-login\tsession · 李四$/),
    ])
    const bad = await cliAs(dbFile(k), 'auditor', 'audit', 'list', '--since', '昨天')
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('“昨天”不是日期')
  })
})

function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}
