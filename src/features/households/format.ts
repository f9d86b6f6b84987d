// Plain-word formatting of household and house figures.
import { isDangerousGrade, type HouseView } from '@domain'

/** floorAreaCm2 is in square centimetres: 10 000 of them make a square metre. */
export function areaText(floorAreaCm2: number): string {
  return `${Number((floorAreaCm2 / 10000).toFixed(2))} 平方米`
}

/** "2024-03-07" (or an ISO instant) as 2024年3月7日. */
export function dateText(value: string | null): string {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : ''
}

export const isOccupiedDanger = (h: Pick<HouseView, 'grade' | 'occupancy'>): boolean =>
  isDangerousGrade(h.grade) && h.occupancy === 'occupied'
