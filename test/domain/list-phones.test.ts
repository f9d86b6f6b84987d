// Phones as civil affairs and 乡村振兴 write them in their lists: mobiles with spaces,
// dashes or +86, and landlines with or without the area code. Each is stored in one form,
// so the same number written two ways is the same number.
import { maskPhone, normalizePhone, parseListRow, idCheckDigit } from '../../domain'

const ID = '50022419580712123' + idCheckDigit('50022419580712123')
const row = (phone: string, localAreaCode?: string) => parseListRow({ name: '张三', idNumber: ID, village: '玉龙村', categories: '低保户', phone }, { localAreaCode })

describe('a phone in a department list', () => {
  it('a landline with the area code is a valid phone', () => {
    for (const written of ['023-45671234', '02345671234', '(023)45671234', '（023）45671234', '023 4567 1234', '+86 23 4567 1234']) {
      expect([written, row(written).errors]).toEqual([written, []])
      expect([written, row(written).row.phone]).toEqual([written, '023-45671234'])
    }
  })

  it('a landline of another area keeps its own area code', () => {
    expect(normalizePhone('010-62345678')).toBe('010-62345678')
    expect(normalizePhone('0831-2345678')).toBe('0831-2345678')
  })

  it('an 8-digit landline without the area code is kept as written unless the street sets its area code', () => {
    expect(row('4567 1234').errors).toEqual([])
    expect(row('4567 1234').row.phone).toBe('45671234')
    expect(row('45671234', '023').row.phone).toBe('023-45671234')
  })

  it('a mobile written with spaces, dashes or +86 is the same mobile', () => {
    for (const written of ['138 1234 5678', '138-1234-5678', '+86 138 1234 5678', '+8613812345678', '008613812345678']) {
      expect([written, normalizePhone(written)]).toEqual([written, '13812345678'])
    }
  })

  it('a number that is neither a mobile nor a landline is a row error that says what a phone looks like', () => {
    for (const written of ['1381234', '23812345678', '023-1234', '0123-45678901', '电话没有']) {
      expect([written, row(written).errors]).toEqual([written, [{ column: '联系电话', message: '电话应为 11 位手机号，或带区号的座机号（如 023-45671234）' }]])
    }
  })

  it('a landline Excel stored as a number, which drops the leading 0 of the area code, is reported as such', () => {
    const fromNumberCell = parseListRow({ name: '张三', idNumber: ID, village: '玉龙村', categories: '低保户', phone: '2345671234' }, { numberCells: new Set(['phone']) })
    expect(fromNumberCell.errors).toEqual([{ column: '联系电话', message: '电话被 Excel 存成了数字，区号前面的 0 丢了。请把这一列设为“文本”格式后重新填写' }])
    // A mobile or an 8-digit local number in a number cell lost nothing.
    expect(parseListRow({ name: '张三', idNumber: ID, village: '玉龙村', categories: '低保户', phone: '13812345678' }, { numberCells: new Set(['phone']) }).errors).toEqual([])
  })

  it('a landline is masked keeping the area code and the last four digits', () => {
    expect(maskPhone('023-45671234')).toBe('023-****1234')
    expect(maskPhone('0831-2345678')).toBe('0831-***5678')
    expect(maskPhone('45671234')).toBe('****1234')
    expect(maskPhone('13812345678')).toBe('138****5678')
  })
})
