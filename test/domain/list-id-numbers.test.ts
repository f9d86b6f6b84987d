// ID numbers as lists really carry them: Excel turns a long number typed into a cell of
// the General format into a number and keeps only 15 digits; old lists still hold the
// 15-digit first-generation numbers. Each is explained on its row, not called a typo.
import { idCheckDigit, parseListRow } from '../../domain'

const base = { name: '张三', village: '玉龙村', categories: '低保户' }
const DIGITS_LOST = '身份证号被 Excel 存成了数字，后几位已丢失。请把这一列设为“文本”格式后重新填写'

describe('an ID number in a department list', () => {
  it('an ID number Excel turned into a number is reported as digits lost', () => {
    // The reader says the cell was a number too long for Excel to keep whole.
    const fromNumberCell = parseListRow({ ...base, idNumber: '500231198701011000' }, { numberCells: new Set(['idNumber']) })
    expect(fromNumberCell.errors).toEqual([{ column: '身份证号', message: DIGITS_LOST }])
    // A .csv saved from such a sheet carries what Excel showed.
    for (const shown of ['5.00231E+17', '5.0023119870101E+17', '5.00231e17']) {
      expect([shown, parseListRow({ ...base, idNumber: shown }).errors]).toEqual([shown, [{ column: '身份证号', message: DIGITS_LOST }]])
    }
  })

  it('18 digits ending in 000 that fail the check digit are reported as digits lost, not as a typo', () => {
    // What a widened number column shows and a .csv then carries: 15 digits and three zeros.
    expect(idCheckDigit('50023119870101100')).not.toBe('0')
    expect(parseListRow({ ...base, idNumber: '500231198701011000' }).errors).toEqual([{ column: '身份证号', message: DIGITS_LOST }])
  })

  it('a valid ID number ending in 000 written as text is accepted', () => {
    expect(idCheckDigit('50023119870101400')).toBe('0')
    expect(parseListRow({ ...base, idNumber: '500231198701014000' }).errors).toEqual([])
  })

  it('a 15-digit first-generation ID number asks for the 18-digit one, also from a number cell (Excel keeps 15 digits whole)', () => {
    expect(parseListRow({ ...base, idNumber: '500231870101101' }, { numberCells: new Set(['idNumber']) }).errors).toEqual([
      { column: '身份证号', message: '这是 15 位的第一代身份证号，请改填此人现在的 18 位身份证号（见身份证或户口簿）' },
    ])
    expect(parseListRow({ ...base, idNumber: '500231870101101' }).errors).toEqual([
      { column: '身份证号', message: '这是 15 位的第一代身份证号，请改填此人现在的 18 位身份证号（见身份证或户口簿）' },
    ])
  })

  it('a wrong check digit is still reported as a wrong check digit', () => {
    const first17 = '50022419580712123'
    const wrong = idCheckDigit(first17) === '1' ? '2' : '1'
    expect(parseListRow({ ...base, idNumber: first17 + wrong }).errors).toEqual([{ column: '身份证号', message: '身份证号校验位不对，请核对' }])
  })
})
