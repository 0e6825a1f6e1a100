import { describe, expect, it } from 'vitest'
import { decideAccess } from '../../../shared/domain/method-access'
import { access } from '../../../shared/contract/access'

describe('method access: role first, then how far the account reaches', () => {
  it('a role not among the declared ones is refused, naming the account’s role', () => {
    expect(decideAccess(access.work, [{ role: 'readonly', departments: null }])).toEqual({ ok: false, reason: 'no-role', role: 'readonly' })
  })
  it('a department-limited account gets a filtered method within its departments', () => {
    expect(decideAccess(access.readScoped, [{ role: 'leader', departments: [7, 3] }])).toEqual({ ok: true, role: 'leader', scope: [3, 7] })
  })
  it('a department-limited account is refused a whole-unit method rather than answered in part', () => {
    expect(decideAccess(access.readUnit, [{ role: 'leader', departments: [3] }])).toEqual({ ok: false, reason: 'limited', role: 'leader' })
  })
  it('one whole-unit grant among the permitted roles reaches the whole unit', () => {
    expect(decideAccess(access.readScoped, [{ role: 'leader', departments: [3] }, { role: 'readonly', departments: null }])).toEqual({ ok: true, role: 'leader', scope: null })
  })
  it('a free method ignores departments; a public one needs no role at all', () => {
    expect(decideAccess(access.readFree, [{ role: 'leader', departments: [3] }])).toEqual({ ok: true, role: 'leader', scope: null })
    expect(decideAccess(access.anyone, [])).toEqual({ ok: true, role: null, scope: null })
  })
})
