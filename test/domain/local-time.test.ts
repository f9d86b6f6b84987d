import dayjs from 'dayjs'
import { ZONE, localDate, localDateTime } from '../../domain'

describe('local time of the plan (Asia/Shanghai)', () => {
  it('an instant just before midnight in Chongqing is still that day; just after, the next', () => {
    expect(localDate(new Date('2026-11-30T15:59:59Z'))).toBe('2026-11-30')
    expect(localDate(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12-01')
    expect(localDateTime(new Date('2026-11-30T16:05:00Z'))).toBe('2026-12-01 00:05')
  })

  it('agrees with the zone database for every few hours from 1992 to 2040', () => {
    // The shift is exact only because China keeps UTC+8 without daylight saving; this
    // compares it with the zone database, so a rule change there would fail here.
    const step = 7 * 3600_000 + 13 * 60_000
    for (let t = Date.UTC(1992, 0, 1); t < Date.UTC(2040, 0, 1); t += step * 97) {
      const at = new Date(t)
      expect(localDateTime(at)).toBe(dayjs(at).tz(ZONE).format('YYYY-MM-DD HH:mm'))
      expect(localDate(at)).toBe(dayjs(at).tz(ZONE).format('YYYY-MM-DD'))
    }
  })
})

describe('dates in messages as people write them', () => {
  it('a deadline reads 12月5日, with the year only when it is not this year', async () => {
    const { plainDate, plainDateTime } = await import('../../domain')
    expect(plainDate('2026-12-05')).toBe('12月5日')
    expect(plainDate('2027-01-09', '2026-12-20')).toBe('2027年1月9日')
    expect(plainDateTime(new Date('2026-11-29T02:00:00Z'))).toBe('11月29日 10:00')
  })
})
