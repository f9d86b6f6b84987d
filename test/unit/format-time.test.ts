// Every screen reads dates in Beijing time, whatever zone the phone is set to: "this month"
// on the coverage screen is the month the server files a patrol under, and a time picked on
// the alert form is the Beijing time the street meant.
import * as time from '../../src/format/time'

// A phone set to Los Angeles time (16 hours behind Beijing in winter), whatever zone the
// machine running the test is in: the phone's own calendar and clock read 16 hours back.
const PHONE_SHIFT_MS = -16 * 3600_000
const phone = (d: Date) => new Date(d.getTime() + PHONE_SHIFT_MS)
beforeEach(() => {
  jest.spyOn(Date.prototype, 'getFullYear').mockImplementation(function (this: Date) { return phone(this).getUTCFullYear() })
  jest.spyOn(Date.prototype, 'getMonth').mockImplementation(function (this: Date) { return phone(this).getUTCMonth() })
  jest.spyOn(Date.prototype, 'getDate').mockImplementation(function (this: Date) { return phone(this).getUTCDate() })
  jest.spyOn(Date.prototype, 'getHours').mockImplementation(function (this: Date) { return phone(this).getUTCHours() })
  jest.spyOn(Date.prototype, 'getMinutes').mockImplementation(function (this: Date) { return phone(this).getUTCMinutes() })
  jest.spyOn(Date.prototype, 'getTimezoneOffset').mockReturnValue(16 * 60)
})
afterEach(() => jest.restoreAllMocks())

// 2026-12-01 01:30 in Beijing; still 30 November on the phone's own calendar.
const at = new Date('2026-11-30T17:30:00Z')

describe('one time policy for every screen', () => {
  it("this month, this quarter and today are Beijing's on a phone set to another zone", () => {
    expect(time.currentMonth(at)).toBe('2026-12')
    expect(time.currentQuarter(new Date('2026-12-31T16:30:00Z'))).toBe('2027-Q1')
    expect(time.todayPlus(0, at)).toBe('2026-12-01')
    expect(time.localDay(at)).toBe('2026-12-01')
  })

  it('times are shown in Beijing time', () => {
    expect(time.timeText(at.toISOString())).toBe('2026年12月1日 01:30')
    expect(time.shortTime(at.toISOString())).toBe('12月1日 01:30')
    expect(time.dayText(at.toISOString())).toBe('2026年12月1日')
    expect(time.localTime(at)).toBe('01:30')
  })

  it('a day and a time picked on a form are that Beijing time, sent with +08:00', () => {
    const picked = time.fromDayAndTime('2026-12-01', '01:30')
    expect(picked?.toISOString()).toBe(at.toISOString())
    expect(time.shanghaiIso(picked!)).toBe('2026-12-01T01:30:00+08:00')
    expect(time.fromDayAndTime('2026-13-01', 'xx')).toBeNull()
  })

  it('months and quarters step across the year', () => {
    expect(time.shiftMonth('2026-12', 1)).toBe('2027-01')
    expect(time.shiftMonth('2026-01', -1)).toBe('2025-12')
    expect(time.shiftQuarter('2026-Q4', 1)).toBe('2027-Q1')
    expect(time.monthText('2026-03')).toBe('2026年3月')
  })
})
