import { GRADES, type Grade, type VillageCounts } from '../../domain'
import { handlers } from '../core/handler'
import type { HouseDoc, HouseholdDoc } from '../store/docs'

export const statsHandlers = handlers({
  'stats.villageCounts': async (ctx) => {
    const { deps, scope } = ctx
    const households = deps.store.collection('households')
    const houses = deps.store.collection('houses')
    const out: VillageCounts[] = []
    // One indexed count per village and grade: the cost grows with villages, not houses.
    for (const villageId of scope.villageIds) {
      const village = await deps.orgs.get(villageId)
      const byGrade = { A: 0, B: 0, C: 0, D: 0, none: 0 } as Record<Grade | 'none', number>
      for (const g of GRADES) byGrade[g] = await houses.count({ villageId, grade: g })
      byGrade.none = await houses.count({ villageId, grade: null })
      const occupiedDangerous = await houses.count({ villageId, grade: { $in: ['C', 'D'] }, occupancy: 'occupied' })
      out.push({
        villageId,
        villageName: village?.name ?? '',
        households: await households.count({ villageId, status: 'monitored' }),
        houses: Object.values(byGrade).reduce((a, b) => a + b, 0),
        byGrade,
        occupiedDangerous,
      })
    }
    return out.sort((a, b) => b.occupiedDangerous - a.occupiedDangerous || a.villageName.localeCompare(b.villageName, 'zh'))
  },
})
