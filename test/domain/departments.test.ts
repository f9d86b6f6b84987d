import { categoriesOf, departmentsOf, mergeCategories, parseCategories, parseListRow, mapHeaders, idCheckDigit } from '../../domain'

describe('department lists', () => {
  it('civil affairs owns 低保, 特困, 严重困难 and 低保边缘', () => {
    expect(categoriesOf('civil').sort()).toEqual(['dibao', 'dibaoEdge', 'hardship', 'tekun'])
  })
  it("a civil-affairs list replaces only civil-affairs categories", () => {
    expect(mergeCategories(['unstable', 'dibao'], 'civil', ['tekun'])).toEqual(['unstable', 'tekun'])
  })
  it('absence from a list drops only that department\'s categories', () => {
    expect(mergeCategories(['unstable', 'dibao'], 'civil', [])).toEqual(['unstable'])
    expect(mergeCategories(['dibao'], 'civil', [])).toEqual([])
  })
  it('the whole ledger replaces every category', () => {
    expect(mergeCategories(['unstable', 'dibao'], 'ledger', ['tekun'])).toEqual(['tekun'])
  })
  it('knows which departments list a household', () => {
    expect(departmentsOf(['unstable', 'dibao'])).toEqual(['civil', 'revitalization'])
  })
})

describe('reading a list row', () => {
  const id = '50022419580712123' + idCheckDigit('50022419580712123')

  it('recognises common header names', () => {
    const { columns, missing } = mapHeaders(['序号', '姓名', '身份证号码', '所属村', '人员类别', '联系电话'])
    expect(missing).toEqual([])
    expect(columns).toMatchObject({ name: 1, idNumber: 2, village: 3, categories: 4, phone: 5 })
  })
  it('names the required columns that are missing', () => {
    expect(mapHeaders(['姓名', '村']).missing).toEqual(['idNumber', 'categories'])
  })
  it('accepts several categories with the names departments use', () => {
    expect(parseCategories('低保户、脱贫不稳定户').categories.sort()).toEqual(['dibao', 'unstable'])
    expect(parseCategories('低保户，火星户').unknown).toEqual(['火星户'])
  })
  it('a valid row has no errors', () => {
    const { errors, row } = parseListRow({ name: '张三', idNumber: id, village: '玉龙村', categories: '低保户', phone: '13812345678' })
    expect(errors).toEqual([])
    expect(row.idNumber).toBe(id)
  })
  it('a wrong check digit, a short phone and an unknown category are each reported by column', () => {
    const bad = id.slice(0, 17) + (id[17] === '1' ? '2' : '1')
    const { errors } = parseListRow({ name: '张三', idNumber: bad, village: '玉龙村', categories: '富裕户', phone: '1381234' })
    expect(errors.map((e) => e.column)).toEqual(['身份证号', '联系电话', '监测类别'])
  })
  it('a masked ID number is only accepted on a ledger row that carries 档案编号', () => {
    expect(parseListRow({ name: '张三', idNumber: '5002************34', village: '玉龙村', categories: '低保户' }).errors).toHaveLength(1)
    expect(parseListRow({ householdId: 'hh-1', name: '张*', idNumber: '5002************34', village: '玉龙村', categories: '低保户' }).errors).toEqual([])
  })
})
