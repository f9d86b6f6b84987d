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

describe('each keyword type as WeChat checks it (47003 refuses the whole message)', () => {
  it('a phrase keeps only Chinese characters: a status with digits or letters would be refused', () => {
    expect(fitKeyword('phrase2', 'C级危房')).toBe('级危房')
    expect(fitKeyword('phrase2', '鉴定: 完成!')).toBe('鉴定完成')
  })
  it('a name is at most 10 Chinese characters, or 20 letters', () => {
    expect(fitKeyword('name1', '欧阳娜娜娜娜娜娜娜娜娜娜（巡查员）')).toBe('欧阳娜娜娜娜娜娜娜娜')
    expect(fitKeyword('name1', 'Zhang San Feng Long Wang')).toHaveLength(20)
  })
  it('a time is written in Chinese order, a deadline day ending at 23:59', () => {
    expect(fitKeyword('time3', '2026-11-29 10:00')).toBe('2026年11月29日 10:00')
    expect(fitKeyword('time2', '2026-12-05 23:59')).toBe('2026年12月5日 23:59')
    expect(fitKeyword('time2', '2026-12-05')).toBe('2026年12月5日 23:59')
    expect(fitKeyword('time2', '15:01')).toBe('15:01')
  })
  it('a date is written in Chinese order', () => {
    expect(fitKeyword('date4', '2026-01-09')).toBe('2026年1月9日')
  })
  it('a number keeps digits only', () => {
    expect(fitKeyword('number5', '共 12 户')).toBe('12')
  })
  it('a thing of exactly 20 characters is kept whole', () => {
    const twenty = '一二三四五六七八九十一二三四五六七八九十'
    expect(fitKeyword('thing1', twenty)).toBe(twenty)
  })
})
