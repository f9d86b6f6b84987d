// The registry fields of a house as the form sends them, turned into stored values, and
// the field-by-field difference an edit makes (the history's "what changed").
import type { z } from 'zod'
import { OCCUPANCY_LABELS, SITE_HAZARD_LABELS, STRUCTURE_LABELS, type houseFields } from '../../../domain'
import type { HouseDoc } from '../../store/docs'

type Fields = { [K in keyof typeof houseFields]: z.output<(typeof houseFields)[K]> }

/** The stored fields a registration or edit sets. */
export type RecordFields = Pick<HouseDoc, 'structure' | 'floors' | 'yearBuilt' | 'floorAreaCm2' | 'address' | 'occupancy' | 'siteHazards' | 'siteHazard' | 'lat' | 'lng' | 'gpsAccuracy' | 'noGps'>

/** m² with at most one decimal → integer cm² (m² × 10,000). */
export const areaToCm2 = (m2: number): number => Math.round(m2 * 10) * 1000

export function recordFields(input: Partial<Fields>): Partial<RecordFields> {
  const out: Partial<RecordFields> = {}
  if (input.structure !== undefined) out.structure = input.structure
  if (input.floors !== undefined) out.floors = input.floors
  if (input.yearBuilt !== undefined) out.yearBuilt = input.yearBuilt
  if (input.floorArea !== undefined) out.floorAreaCm2 = areaToCm2(input.floorArea)
  if (input.address !== undefined) out.address = input.address
  if (input.occupancy !== undefined) out.occupancy = input.occupancy
  if (input.siteHazards !== undefined) {
    out.siteHazards = [...input.siteHazards].sort()
    out.siteHazard = input.siteHazards.length > 0
  }
  if (input.gps !== undefined) {
    out.lat = input.gps?.lat ?? null
    out.lng = input.gps?.lng ?? null
    out.gpsAccuracy = input.gps ? Math.round(input.gps.accuracy) : null
    out.noGps = input.gps === null
  }
  return out
}

/** The fields the history shows, in the form's order; siteHazard follows siteHazards. */
const TRACKED: Array<keyof RecordFields> = ['structure', 'floors', 'yearBuilt', 'floorAreaCm2', 'address', 'occupancy', 'siteHazards', 'lat', 'lng', 'gpsAccuracy', 'noGps']

/** field -> [before, after] for every tracked field the patch really changes. */
export function changesOf(before: Partial<HouseDoc>, patch: Partial<RecordFields>): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {}
  for (const f of TRACKED) {
    if (!(f in patch)) continue
    const was = before[f] ?? null
    const now = patch[f] ?? null
    if (JSON.stringify(was) !== JSON.stringify(now)) out[f] = [was, now]
  }
  return out
}

export const FIELD_NAMES: Record<string, string> = {
  structure: '结构',
  floors: '层数',
  yearBuilt: '建成年份',
  floorAreaCm2: '建筑面积',
  address: '地址',
  occupancy: '是否有人住',
  siteHazards: '场地隐患',
  lat: '纬度',
  lng: '经度',
  gpsAccuracy: '定位精度',
  noGps: '定位',
  photos: '照片',
  retired: '不再监测',
}

/** A stored value in words, as the history list shows it. */
export function valueText(field: string, v: unknown): string {
  if (v === null || v === undefined) return '—'
  switch (field) {
    case 'structure':
      return STRUCTURE_LABELS[v as keyof typeof STRUCTURE_LABELS] ?? String(v)
    case 'occupancy':
      return OCCUPANCY_LABELS[v as keyof typeof OCCUPANCY_LABELS] ?? String(v)
    case 'floorAreaCm2':
      return `${Number(v) / 10000} 平方米`
    case 'floors':
      return `${String(v)} 层`
    case 'yearBuilt':
      return `${String(v)} 年`
    case 'gpsAccuracy':
      return `约 ${String(v)} 米`
    case 'noGps':
      return v ? '无定位' : '有定位'
    case 'siteHazards':
      return Array.isArray(v) && v.length ? v.map((h) => SITE_HAZARD_LABELS[h as keyof typeof SITE_HAZARD_LABELS] ?? String(h)).join('；') : '无'
    case 'photos':
      return `${String(v)} 张`
    default:
      return String(v)
  }
}
