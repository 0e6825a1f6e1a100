import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBackend, type Backend } from '../../electron/rpc/backend'
import { startBridge, type Bridge } from '../../electron/rpc/http-bridge'
import { contract, methodNames, type Access, type MethodName } from '../../shared/contract'
import { roleIds, type Role } from '../../shared/domain/roles'
import { t } from '../../shared/i18n'
import type { Credential } from '../../electron/core/context'
import { signInAs } from '../support/accounts'
import { bridgeClient } from '../support/bridge-client'
import { tableSnapshot } from '../support/table-snapshot'
import { tempDir, fixtureFile } from '../support/temp-dir'
import { readInputs, seedQuarter } from '../support/role-matrix-data'

/** What the contract declares, read on its own terms: the dispatch must agree with this for every call. */
function declared(access: Access, role: Role): boolean {
  return access.roles === 'public' || access.roles === 'signed-in' || access.roles.includes(role)
}

describe('every method of the contract as each of the six roles, over the HTTP bridge', () => {
  const tmp = tempDir('kaohe-roles-')
  let backend: Backend
  let bridge: Bridge
  let http: ReturnType<typeof bridgeClient>
  const sessions = {} as Record<Role, Credential>

  beforeAll(async () => {
    backend = await openBackend(path.join(tmp.dir, 'roles.db'), { create: true })
    bridge = await startBridge({ dispatcher: backend.dispatcher })
    http = bridgeClient(bridge)
    for (const role of roleIds) sessions[role] = await signInAs(http, role)
    await seedQuarter(http, sessions.clerk, fixtureFile)
  })
  afterAll(async () => {
    await bridge.close()
    await backend.close()
    tmp.cleanup()
  })

  it('knows every method (the matrix below covers the whole contract)', () => {
    expect(methodNames.length).toBeGreaterThan(110)
    expect(methodNames).toContain('account-grant')
  })

  for (const role of roleIds) {
    it(`as ${role}: the declared methods pass the role check, every other answers forbidden naming the role, and nothing changes`, async () => {
      const sqlite = backend.database.sqlite
      const roleWords = t(`role.${role}`)
      const refused: MethodName[] = []
      for (const method of methodNames) {
        const before = tableSnapshot(sqlite)
        // an input no schema accepts: a permitted caller gets as far as validation, a refused one never does
        const r = await http.call(sessions[role], method, 'probe')
        expect(r.ok, method).toBe(false)
        if (r.ok) continue
        if (declared(contract[method].access, role)) {
          expect([method, r.error.code]).toEqual([method, 'invalid-input'])
        } else {
          refused.push(method)
          expect([method, r.error.code]).toEqual([method, 'forbidden'])
          expect(r.error.message, method).toContain(roleWords)
          expect(tableSnapshot(sqlite).hash, method).toBe(before.hash)
        }
      }
      expect(refused.length).toBeGreaterThan(0)
    })

    it(`as ${role}: the declared reads answer with data, on real input`, async () => {
      for (const [method, input] of Object.entries(readInputs) as [MethodName, unknown][]) {
        const r = await http.call(sessions[role], method, input)
        if (declared(contract[method].access, role)) {
          expect([method, r.ok ? 'ok' : `${r.error.code}: ${r.error.message}`]).toEqual([method, 'ok'])
        } else {
          expect([method, r.ok ? 'ok' : r.error.code]).toEqual([method, 'forbidden'])
        }
      }
    })
  }

  it('without a session only the public methods answer; the launch token alone grants nothing else', async () => {
    for (const method of methodNames) {
      const r = await http.call({ session: null }, method, 'probe')
      expect(r.ok).toBe(false)
      if (r.ok) continue
      expect([method, r.error.code]).toEqual([method, contract[method].access.roles === 'public' ? 'invalid-input' : 'unauthorized'])
    }
  })
})
