import { describe, expect, it } from 'vitest'
import { roleIds } from '../../../shared/domain/roles'
import { maskBirth, maskIdNumber, maskPhone, seesSensitive, sensitiveView, showSensitive } from '../../../shared/domain/sensitive-fields'
import { checkPhone } from '../../../shared/domain/phone-number'

describe('rule: a 身份证号 shows its first 6 and last 4 characters', () => {
  it('hides the birth date and order code of an 18- or 15-digit number', () => {
    expect(maskIdNumber('110101199003071234')).toBe('110101********1234')
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X')
    expect(maskIdNumber('110101900307123')).toBe('110101*****7123')
  })

  it('keeps at most half of anything shorter', () => {
    expect(maskIdNumber('12345678')).toBe('****5678')
    expect(maskIdNumber('123')).toBe('**3')
  })

  it('masks a masked number to itself', () => {
    expect(maskIdNumber('110101********1234')).toBe('110101********1234')
  })
})

describe('rule: a phone number keeps its first 3 and last 4 digits; a shorter one its first 3 and last 2', () => {
  it('masks a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
  })

  it('masks a shorter number, keeping first 3 and last 2', () => {
    expect(maskPhone('6543210')).toBe('654**10')
    expect(maskPhone('057187654')).toBe('057****54')
  })

  it('keeps separators and a leading +, and masks a masked number to itself', () => {
    expect(maskPhone('+8613812345678')).toBe('+861******5678')
    expect(maskPhone('138****5678')).toBe('138****5678')
  })

  it('is all stars below 7 digits', () => {
    expect(maskPhone('12345')).toBe('*****')
  })
})

describe('rule: 出生年月 keeps the year only', () => {
  it('masks every way a birth is written', () => {
    expect(maskBirth('1990-03')).toBe('1990-**')
    expect(maskBirth('1990-03-07')).toBe('1990-**')
    expect(maskBirth('1990年3月')).toBe('1990-**')
    expect(maskBirth('1990-**')).toBe('1990-**')
  })

  it('is all stars without a year', () => {
    expect(maskBirth('不详')).toBe('**')
  })
})

describe('rule: only 考核工作人员 sees the sensitive fields in full', () => {
  it('answers true for clerk and false for every other role', () => {
    expect(roleIds.filter(seesSensitive)).toEqual(['clerk'])
  })

  it('an export told to omit them omits them for every role', () => {
    expect(roleIds.map((r) => sensitiveView(r, true))).toEqual(roleIds.map(() => 'omitted'))
    expect(sensitiveView('clerk')).toBe('full')
    expect(sensitiveView('leader')).toBe('masked')
    expect(sensitiveView('readonly')).toBe('masked')
  })

  it('shows a record’s present fields as the view says and leaves the rest alone', () => {
    const p = { name: '赵一', birth: '1990-03', idNumber: '110101199003071233', phone: '13812345678', gender: null }
    expect(showSensitive(p, 'full')).toBe(p)
    expect(showSensitive(p, 'masked')).toEqual({ name: '赵一', birth: '1990-**', idNumber: '110101********1233', phone: '138****5678', gender: null })
    expect(showSensitive(p, 'omitted')).toEqual({ name: '赵一', birth: null, idNumber: null, phone: null, gender: null })
    expect(showSensitive({ birth: null, staffNo: 'S01' }, 'masked')).toEqual({ birth: null, staffNo: 'S01' })
  })
})

describe('rule: a 联系电话 is 7 to 20 digits once spaces, dashes and + are gone', () => {
  it('accepts mobiles, landlines and international numbers, stored as digits', () => {
    expect(checkPhone('138 1234 5678')).toBe('13812345678')
    expect(checkPhone('0571-8765 4321')).toBe('057187654321')
    expect(checkPhone('+86 138-1234-5678')).toBe('+8613812345678')
    expect(checkPhone('１３８１２３４５６７８')).toBe('13812345678')
    expect(checkPhone('6543210')).toBe('6543210')
  })

  it('refuses too few or too many digits, and letters', () => {
    expect(checkPhone('123456')).toBeNull()
    expect(checkPhone('1'.repeat(21))).toBeNull()
    expect(checkPhone('138-1234-567a')).toBeNull()
    expect(checkPhone('转 8001')).toBeNull()
  })
})
