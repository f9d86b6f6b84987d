// Phones as departments write them in their lists: mobiles with spaces, dashes or +86,
// landlines with the area code in any of the usual spellings (023-45671234, 02345671234,
// (023)45671234) and local landlines without it. One stored form per number, so the same
// number written two ways hashes the same and a re-import shows no change:
// a mobile as 11 digits, a landline as area code, dash, local number (023-45671234), a
// local number without a known area code as its digits.

export interface PhoneOptions {
  /** The street's area code (铜梁: 023), given to 8-digit local numbers; unset keeps them as written. */
  localAreaCode?: string
}

// Full-width digits and brackets come from Chinese input methods.
const toAscii = (s: string) =>
  s.replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48)).replace(/（/g, '(').replace(/）/g, ')').replace(/[＋]/g, '+').replace(/[－—–]/g, '-')

/**
 * Area codes are 2 digits after the 0 for 010 and 02X (重庆 023), 3 otherwise; a local
 * number has 7 or 8 digits and never starts with 0 or 1.
 */
const LANDLINE = /^0(10|2\d|[3-9]\d{2})([2-9]\d{6,7})$/
const MOBILE = /^1\d{10}$/
const LOCAL = /^[2-9]\d{7}$/

/** The stored form of a phone, or null when it is neither a mobile nor a landline. */
export function normalizePhone(written: string, options: PhoneOptions = {}): string | null {
  let s = toAscii(written.trim())
  let international = false
  const intl = /^(?:\+|00)\s*86/.exec(s)
  if (intl) {
    international = true
    s = s.slice(intl[0].length)
  }
  if (!/^[\d\s().-]+$/.test(s)) return null
  let digits = s.replace(/[\s().-]/g, '')
  // +86 before a landline drops the area code's 0 (+86 23 45671234); "(0)" may keep it.
  if (international && !MOBILE.test(digits) && !digits.startsWith('0')) digits = `0${digits}`
  if (MOBILE.test(digits)) return digits
  const landline = LANDLINE.exec(digits)
  if (landline) return `0${landline[1]}-${landline[2]}`
  if (!international && LOCAL.test(digits)) {
    const area = options.localAreaCode
    return area && /^0\d{2,3}$/.test(area) ? `${area}-${digits}` : digits
  }
  return null
}

/** A stored phone masked: 138****5678, 023-****1234, ****1234. */
export function maskStoredPhone(phone: string): string {
  const v = phone.trim()
  const landline = /^(0\d{2,3})-(\d{7,8})$/.exec(v)
  if (landline) return `${landline[1]}-${'*'.repeat(landline[2]!.length - 4)}${landline[2]!.slice(-4)}`
  if (/^\d{7,8}$/.test(v)) return '*'.repeat(v.length - 4) + v.slice(-4)
  if (v.length < 7) return '*'.repeat(v.length)
  return v.slice(0, 3) + '*'.repeat(v.length - 7) + v.slice(-4)
}
