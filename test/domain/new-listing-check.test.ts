import { localDate, newListingCheckDue } from '../../domain'

describe('the check of a newly listed household', () => {
  it('listed on the 5th is due on the 20th of the same month', () => {
    expect(newListingCheckDue(new Date('2026-11-05T10:00:00+08:00'), 20)).toBe('2026-11-20')
  })
  it('listed on the 20th itself is due that day', () => {
    expect(newListingCheckDue(new Date('2026-11-20T10:00:00+08:00'), 20)).toBe('2026-11-20')
  })
  it('listed after the 20th is due on the 20th of the next month', () => {
    expect(newListingCheckDue(new Date('2026-12-21T10:00:00+08:00'), 20)).toBe('2027-01-20')
  })
  it('uses the configured day', () => {
    expect(newListingCheckDue(new Date('2026-11-05T10:00:00+08:00'), 15)).toBe('2026-11-15')
  })
  it('counts days in Asia/Shanghai, not UTC', () => {
    // 23:30 UTC on the 20th is already the 21st in Shanghai.
    expect(localDate(new Date('2026-11-20T23:30:00Z'))).toBe('2026-11-21')
    expect(newListingCheckDue(new Date('2026-11-20T23:30:00Z'), 20)).toBe('2026-12-20')
  })
})
