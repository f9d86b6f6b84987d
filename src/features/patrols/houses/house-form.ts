// The registry form's values as typed, checked into what the action takes. Numbers are
// typed as text (big keypad) and read here, with a plain message naming the field.
import { houseFields, type Occupancy, type SiteHazard, type Structure } from '@domain'

export interface HouseFormValues {
  structure: Structure | null
  floors: string
  yearBuilt: string
  floorArea: string
  address: string
  occupancy: Occupancy | null
  siteHazards: SiteHazard[]
}

export interface CheckedHouse {
  structure: Structure
  floors: number
  yearBuilt: number
  floorArea: number
  address: string
  occupancy: Occupancy
  siteHazards: SiteHazard[]
}

export type HouseFormField = keyof HouseFormValues

export const EMPTY_HOUSE_FORM: HouseFormValues = { structure: null, floors: '', yearBuilt: '', floorArea: '', address: '', occupancy: null, siteHazards: [] }

const NUMBER_RULES: Array<[field: 'floors' | 'yearBuilt' | 'floorArea', label: string]> = [
  ['floors', '层数（1 到 30 的整数）'],
  ['yearBuilt', '建成年份（如 1998）'],
  ['floorArea', '建筑面积（平方米，最多一位小数）'],
]

/** The field outlined after a refused save: the one still wanting now, none before the first try. */
export function outlinedField(tried: boolean, v: HouseFormValues): HouseFormField | null {
  const checked = tried ? checkHouseForm(v) : null
  return checked && !checked.ok ? checked.field : null
}

export function checkHouseForm(v: HouseFormValues): { ok: true; value: CheckedHouse } | { ok: false; field: HouseFormField; message: string } {
  if (!v.structure) return { ok: false, field: 'structure', message: '请选择房屋结构' }
  const numbers: Record<string, number> = {}
  for (const [field, label] of NUMBER_RULES) {
    const n = Number(v[field].trim())
    if (v[field].trim() === '' || !Number.isFinite(n) || !houseFields[field].safeParse(n).success) return { ok: false, field, message: `请填写${label}` }
    numbers[field] = n
  }
  const address = v.address.trim()
  if (!houseFields.address.safeParse(address).success) return { ok: false, field: 'address', message: '请填写房屋地址（100 字以内）' }
  if (!v.occupancy) return { ok: false, field: 'occupancy', message: '请选择现在是否有人住' }
  return { ok: true, value: { structure: v.structure, floors: numbers.floors!, yearBuilt: numbers.yearBuilt!, floorArea: numbers.floorArea!, address, occupancy: v.occupancy, siteHazards: v.siteHazards } }
}
