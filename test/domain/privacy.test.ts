import { idCheckDigit, isValidIdNumber, isValidPhone, maskIdNumber, maskName, maskPhone } from '../../domain'

describe('personal data masking', () => {
  it('shows only the surname of a name', () => {
    expect(maskName('张三丰')).toBe('张**')
    expect(maskName('李四')).toBe('李*')
  })

  it('never shows a one-character name whole', () => {
    expect(maskName('甲')).toBe('*')
    expect(maskName(' 甲 ')).toBe('*')
  })

  it('shows the first four and last two characters of an ID number', () => {
    expect(maskIdNumber('500224195807121234')).toBe('5002************34')
  })

  it('shows the first three and last four digits of a phone', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
  })
})

describe('GB 11643 ID numbers', () => {
  it('accepts a number whose check digit matches', () => {
    const first17 = '50022419580712123'
    expect(isValidIdNumber(first17 + idCheckDigit(first17))).toBe(true)
  })

  it('rejects a number whose check digit is wrong', () => {
    const first17 = '50022419580712123'
    const wrong = idCheckDigit(first17) === '0' ? '1' : '0'
    expect(isValidIdNumber(first17 + wrong)).toBe(false)
  })

  it('accepts X as the check digit when the sum asks for 10', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true)
    expect(isValidIdNumber('11010519491231002x')).toBe(true)
  })

  it('rejects numbers of the wrong length or with letters inside', () => {
    expect(isValidIdNumber('5002241958071212')).toBe(false)
    expect(isValidIdNumber('50022419580A121234')).toBe(false)
  })
})

describe('phones', () => {
  it('are 11 digits starting with 1', () => {
    expect(isValidPhone('13812345678')).toBe(true)
    expect(isValidPhone('1381234567')).toBe(false)
    expect(isValidPhone('23812345678')).toBe(false)
  })
})
