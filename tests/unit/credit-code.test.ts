import { describe, expect, it } from 'vitest'
import { checkCreditCode, creditCodeCheckCharacter } from '../../shared/domain/credit-code'

describe('rule: a 统一社会信用代码 is 18 characters of the GB 32100 table ending in its check character', () => {
  it('accepts published codes (the standard’s own example and registered companies)', () => {
    for (const code of ['91350100M000100Y43', '9144030071526726XG', '91110000600037341L', '914403001922038216'])
      expect(checkCreditCode(code)).toEqual({ ok: true, value: code })
  })
  it('takes a code typed in lower case, full width or with blanks', () => {
    expect(checkCreditCode(' 9144 0300 7152 6726xg ')).toEqual({ ok: true, value: '9144030071526726XG' })
    expect(checkCreditCode('９１３５０１００M０００１００Y４３').ok).toBe(true)
  })
  it('refuses a wrong length', () => {
    expect(checkCreditCode('91350100M000100Y4')).toMatchObject({ ok: false, problem: 'length' })
  })
  it('refuses I, O, S, V, Z and punctuation', () => {
    expect(checkCreditCode('91350100M000100O43')).toMatchObject({ ok: false, problem: 'characters' })
    expect(checkCreditCode('91350100M00010-Y43')).toMatchObject({ ok: false, problem: 'characters' })
  })
  it('refuses a wrong check character, naming the right one', () => {
    expect(checkCreditCode('91350100M000100Y44')).toEqual({ ok: false, problem: 'checkCharacter', value: '91350100M000100Y44', expected: '3' })
  })
})

describe('rule: the check character of a 统一社会信用代码 from its first 17 characters (GB 32100-2015, 31 − Σ mod 31)', () => {
  it('is 31 − (Σ code × 3^(i−1) mod 31) mod 31, as a table character', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3')
    expect(creditCodeCheckCharacter('9144030071526726X')).toBe('G')
    // a sum that is a multiple of 31 gives 0, not the 32nd character
    expect(creditCodeCheckCharacter('00000000000000000')).toBe('0')
  })
})
