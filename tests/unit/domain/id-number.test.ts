import { describe, expect, it } from 'vitest'
import { birthDisagrees, checkIdNumber, idCheckCharacter } from '../../../shared/domain/id-number'

describe('rule: the check character of a 身份证号 is GB 11643’s (ISO 7064 MOD 11-2 over the first 17 digits)', () => {
  it('computes the standard’s own example and ordinary numbers', () => {
    // GB 11643-1999's example: 11010519491231002X
    expect(idCheckCharacter('11010519491231002')).toBe('X')
    expect(idCheckCharacter('11010119900307123')).toBe('3')
    expect(idCheckCharacter('44030419880512345')).toBe('5')
  })
})

describe('rule: a 身份证号 is 18 characters, 17 digits and a check digit or X, with a real birth date; an old 15-digit number is taken as it is', () => {
  it('accepts a valid number and answers its birth date', () => {
    expect(checkIdNumber('110101199003071233')).toEqual({ ok: true, value: '110101199003071233', birth: '1990-03-07' })
    expect(checkIdNumber('11010519491231002X')).toEqual({ ok: true, value: '11010519491231002X', birth: '1949-12-31' })
  })

  it('takes a lower-case x, full-width digits and blanks copied from a form', () => {
    expect(checkIdNumber('11010519491231002x')).toMatchObject({ ok: true, value: '11010519491231002X' })
    expect(checkIdNumber('１１０１０１１９９００３０７１２３３')).toMatchObject({ ok: true, value: '110101199003071233' })
    expect(checkIdNumber(' 110101 19900307 1233 ')).toMatchObject({ ok: true, value: '110101199003071233' })
  })

  it('refuses a wrong check digit and names the right one', () => {
    expect(checkIdNumber('110101199003071234')).toEqual({ ok: false, problem: 'checkDigit', value: '110101199003071234', expected: '3' })
  })

  it('refuses a number of the wrong length', () => {
    expect(checkIdNumber('11010119900307123')).toMatchObject({ ok: false, problem: 'length' })
    expect(checkIdNumber('1101011990030712334')).toMatchObject({ ok: false, problem: 'length' })
  })

  it('refuses letters or an X anywhere but last', () => {
    expect(checkIdNumber('1101011990030712X3')).toMatchObject({ ok: false, problem: 'characters' })
    expect(checkIdNumber('A10101199003071233')).toMatchObject({ ok: false, problem: 'characters' })
  })

  it('refuses a birth date that is no date, whatever its check digit', () => {
    const first17 = '11010119900230123'
    expect(checkIdNumber(first17 + idCheckCharacter(first17))).toMatchObject({ ok: false, problem: 'birthDate', date: '19900230' })
  })

  it('accepts an old 15-digit number as it is, its birth date in the 1900s', () => {
    expect(checkIdNumber('110101900307123')).toEqual({ ok: true, value: '110101900307123', birth: '1990-03-07' })
    expect(checkIdNumber('110101901307123')).toMatchObject({ ok: false, problem: 'birthDate' })
    expect(checkIdNumber('11010190030712X')).toMatchObject({ ok: false, problem: 'characters' })
  })
})

describe('rule: 出生年月 disagrees with the 身份证号 only when it is a different date', () => {
  it('compares the year and month, and the day when the roster gives one', () => {
    expect(birthDisagrees('1990-03', '1990-03-07')).toBe(false)
    expect(birthDisagrees('1990-03-07', '1990-03-07')).toBe(false)
    expect(birthDisagrees('1990-04', '1990-03-07')).toBe(true)
    expect(birthDisagrees('1991-03', '1990-03-07')).toBe(true)
    expect(birthDisagrees('1990-03-08', '1990-03-07')).toBe(true)
  })

  it('does not compare text that is no date', () => {
    expect(birthDisagrees('不详', '1990-03-07')).toBe(false)
  })
})
