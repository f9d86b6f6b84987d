// Masking rules for personal data, shared by lists, pages and exports.
// Name: keep the first character (张**). ID number: keep the first 4 and last 2
// (5002************12). Phone: keep the first 3 and last 4 (138****1234); a landline
// keeps its area code and last 4 (023-****1234).
import { maskStoredPhone, normalizePhone } from './phone-numbers'

export function maskName(name: string): string {
  const chars = Array.from(name.trim())
  // A one-character name would be shown whole: it is hidden entirely.
  if (chars.length <= 1) return '*'.repeat(chars.length)
  return chars[0] + '*'.repeat(chars.length - 1)
}

export function maskIdNumber(idNumber: string): string {
  const v = idNumber.trim()
  if (v.length < 8) return '*'.repeat(v.length)
  return v.slice(0, 4) + '*'.repeat(v.length - 6) + v.slice(-2)
}

export const maskPhone = (phone: string): string => maskStoredPhone(phone)

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK = '10X98765432'

/** GB 11643: the 18th character is a check digit over the first 17. */
export function isValidIdNumber(idNumber: string): boolean {
  const v = idNumber.trim().toUpperCase()
  if (!/^\d{17}[\dX]$/.test(v)) return false
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(v[i]), 0)
  return ID_CHECK[sum % 11] === v[17]
}

export function idCheckDigit(first17: string): string {
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(first17[i]), 0)
  return ID_CHECK[sum % 11]!
}

/** A mobile or a landline, in any spelling a list uses (see phone-numbers.ts). */
export const isValidPhone = (phone: string): boolean => normalizePhone(phone) !== null

/** Who may see a full value (each reveal is audited): inspectors call households. */
export const REVEAL_ROLES: Record<'idNumber' | 'phone', ReadonlyArray<import('./enums').Role>> = {
  phone: ['inspector', 'staff'],
  idNumber: ['staff'],
}
