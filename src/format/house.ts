// Plain-word figures of a house.
import { isDangerousGrade, type HouseView } from '@domain'

/** floorAreaCm2 is in square centimetres: 10 000 of them make a square metre. */
export function areaText(floorAreaCm2: number): string {
  return `${Number((floorAreaCm2 / 10000).toFixed(2))} 平方米`
}

export const isOccupiedDanger = (h: Pick<HouseView, 'grade' | 'occupancy'>): boolean =>
  isDangerousGrade(h.grade) && h.occupancy === 'occupied'
