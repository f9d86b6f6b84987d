import { fitFields, fitKeyword } from '../../domain'

describe('subscription message values fit their keywords', () => {
  it('a thing is cut to 20 characters', () => {
    const v = fitKeyword('thing1', '玉龙村、狮子村、金龙村、淮远村、大庙村、白马村、龙泉村的所有监测户')
    expect(Array.from(v)).toHaveLength(20)
    expect(v.endsWith('…')).toBe(true)
  })
  it('a phrase is at most 5 characters', () => {
    expect(fitKeyword('phrase2', '已安排鉴定人员')).toBe('已安排鉴定')
  })
  it('a character string drops Chinese', () => {
    expect(fitKeyword('character_string3', 'AB-12 巴川')).toBe('AB-12')
  })
  it('an empty value is never sent', () => {
    expect(fitKeyword('thing1', '  ')).toBe('-')
  })
  it('every keyword of a template gets a value', () => {
    expect(Object.keys(fitFields('caseUpdate', { thing1: '房屋安全隐患' }))).toEqual(['thing1', 'phrase2', 'thing3'])
  })
})
