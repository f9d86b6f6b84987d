// The district's figures of a street or a village, from the stored village counters (the
// same ones the street's dashboard reads), so a district page costs O(villages).
import { emptyStreetFigures, type DistrictFigures, type VillageFigures } from '../../../domain'
import type { Deps } from '../../core/deps'
import { storedFigures } from '../counters/stored-figures'

export const emptyDistrictFigures = (): DistrictFigures => ({ ...emptyStreetFigures(), renovated: 0, patrolledThisMonth: 0 })

export function districtFiguresOf(f: VillageFigures): DistrictFigures {
  return {
    households: f.households,
    houses: f.houses,
    gradeC: f.byGrade.C,
    gradeD: f.byGrade.D,
    occupiedDangerous: f.occupiedDangerous,
    evacuated: f.evacuated,
    openCases: f.openCases,
    overdueCases: f.overdueCases,
    overdueTasks: f.overdueTasks,
    inRenovation: f.inRenovation,
    renovated: f.renovated,
    patrolledThisMonth: f.patrolledThisMonth,
  }
}

export function addFigures(total: DistrictFigures, f: DistrictFigures): DistrictFigures {
  const out = { ...total }
  for (const k of Object.keys(out) as Array<keyof DistrictFigures>) out[k] += f[k]
  return out
}

/** Each village's figures, in the order given; a village never counted yet is counted now. */
export async function villageFigures(deps: Deps, villageIds: string[]): Promise<Map<string, DistrictFigures>> {
  const stored = await storedFigures(deps, villageIds)
  return new Map(villageIds.map((v) => [v, districtFiguresOf(stored.get(v)!)]))
}
